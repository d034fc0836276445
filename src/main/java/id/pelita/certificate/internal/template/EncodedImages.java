package id.pelita.certificate.internal.template;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;

/**
 * Images (the signature, an image background) encoded for PDF once per content rather than once per certificate:
 * decoding a PNG and compressing it again took longer than the rest of a render. What is kept is plain data, the
 * encoded bytes and the image dictionary's simple entries (size, colour space by name, filter, decode parameters)
 * with its soft mask; every document builds its own XObject from them, since PDF objects belong to one document.
 * An image whose dictionary holds more (an ICC profile, a palette) is made per document as before.
 */
final class EncodedImages {

	private static final int MAX_CACHED = 32;

	private static final ConcurrentHashMap<Key, Encoded> CACHE = new ConcurrentHashMap<>();

	private EncodedImages() {
	}

	/** The image of these bytes (PNG, JPEG, ...) as an XObject of {@code document}. */
	static PDImageXObject image(PDDocument document, byte[] bytes, String name) throws IOException {
		Key key = new Key(bytes);
		Encoded encoded = CACHE.get(key);
		if (encoded == null) {
			try (PDDocument scratch = new PDDocument()) {
				PDImageXObject made = PDImageXObject.createFromByteArray(scratch, bytes, name);
				encoded = Encoded.of(made.getCOSObject());
			}
			if (encoded == null) {
				return PDImageXObject.createFromByteArray(document, bytes, name);
			}
			if (CACHE.size() >= MAX_CACHED) {
				CACHE.clear();
			}
			CACHE.put(key, encoded);
		}
		return new PDImageXObject(new PDStream(encoded.stream(document)), null);
	}

	/** Image bytes compared by content. */
	private record Key(byte[] bytes, int hash) {

		Key(byte[] bytes) {
			this(bytes, Arrays.hashCode(bytes));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.hash == this.hash && Arrays.equals(key.bytes, this.bytes);
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

	/** An image stream as data: its dictionary's entries (names, numbers, lists, dictionaries) and raw bytes. */
	private record Encoded(Map<String, Object> entries, byte[] data, @Nullable Encoded mask) {

		static @Nullable Encoded of(COSStream stream) throws IOException {
			Map<String, Object> entries = new LinkedHashMap<>();
			Encoded mask = null;
			for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
				String key = entry.getKey().getName();
				if (key.equals("Length")) {
					continue;
				}
				COSBase value = entry.getValue() instanceof COSObject object ? object.getObject() : entry.getValue();
				if (key.equals("SMask") && value instanceof COSStream soft) {
					mask = of(soft);
					if (mask == null) {
						return null;
					}
					continue;
				}
				Object plain = plain(value);
				if (plain == null) {
					return null;
				}
				entries.put(key, plain);
			}
			byte[] data;
			try (var in = stream.createRawInputStream()) {
				data = in.readAllBytes();
			}
			return new Encoded(Map.copyOf(entries), data, mask);
		}

		COSStream stream(PDDocument document) throws IOException {
			COSStream stream = document.getDocument().createCOSStream();
			this.entries.forEach((key, value) -> stream.setItem(COSName.getPDFName(key), cos(value)));
			try (OutputStream out = stream.createRawOutputStream()) {
				out.write(this.data);
			}
			if (this.mask != null) {
				stream.setItem(COSName.SMASK, this.mask.stream(document));
			}
			return stream;
		}

		/** A direct value as plain Java data; null for anything else (a stream, a string). */
		private static @Nullable Object plain(@Nullable COSBase value) {
			if (value instanceof COSName name) {
				return new Name(name.getName());
			}
			if (value instanceof COSInteger number) {
				return number.longValue();
			}
			if (value instanceof COSFloat number) {
				return number.floatValue();
			}
			if (value instanceof COSBoolean bool) {
				return bool.getValue();
			}
			if (value instanceof COSArray array) {
				List<Object> items = new ArrayList<>();
				for (COSBase item : array) {
					Object plain = plain(item instanceof COSObject object ? object.getObject() : item);
					if (plain == null) {
						return null;
					}
					items.add(plain);
				}
				return List.copyOf(items);
			}
			if (value instanceof COSDictionary dictionary && !(value instanceof COSStream)) {
				Map<String, Object> items = new LinkedHashMap<>();
				for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
					COSBase item = entry.getValue() instanceof COSObject object ? object.getObject() : entry.getValue();
					Object plain = plain(item);
					if (plain == null) {
						return null;
					}
					items.put(entry.getKey().getName(), plain);
				}
				return Map.copyOf(items);
			}
			return null;
		}

		private static COSBase cos(Object value) {
			return switch (value) {
				case Name name -> COSName.getPDFName(name.value());
				case Long number -> COSInteger.get(number);
				case Float number -> new COSFloat(number);
				case Boolean bool -> COSBoolean.getBoolean(bool);
				case List<?> items -> {
					COSArray array = new COSArray();
					items.forEach(item -> array.add(cos(item)));
					yield array;
				}
				case Map<?, ?> items -> {
					COSDictionary dictionary = new COSDictionary();
					items.forEach((key, item) -> dictionary.setItem(COSName.getPDFName((String) key), cos(item)));
					yield dictionary;
				}
				default -> throw new IllegalStateException("Not a plain PDF value: " + value);
			};
		}

	}

	private record Name(String value) {
	}

}
