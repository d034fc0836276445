package id.pelita.certificate.internal.template;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sample data for the organiser's preview of a template: a long Indonesian name with titles and diacritics. */
public final class SampleContent {

	private SampleContent() {
	}

	public static CertificateContent of(String verificationUrl, byte[] signatureImage) {
		Map<String, String> values = new HashMap<>();
		values.put("participantName", "Dr. Ni Luh Putu Ayu Sekar Arum Wiryawan, S.Kom., M.Si.");
		values.put("nip", "19850312 201001 2 003");
		values.put("rankGrade", "Penata Tingkat I (III/d)");
		values.put("position", "Analis Kebijakan Ahli Muda");
		values.put("agency", "Dinas Komunikasi, Informatika, Statistik dan Persandian Provinsi Banten");
		values.put("courseTitle", "Pengelolaan Arsip Dinamis Berbasis Elektronik bagi Aparatur Sipil Negara");
		values.put("runName", "Angkatan III - Maret 2027");
		values.put("runDates", "1 - 26 Maret 2027");
		values.put("jp", "20");
		values.put("number", "0042/ARSIP-01/BPSDM/III/2027");
		values.put("issuePlace", "Serang");
		values.put("issueDate", "26 Maret 2027");
		values.put("officialName", "Drs. H. Ahmad Syaifullah, M.Si.");
		values.put("officialNip", "19700101 199503 1 001");
		values.put("officialTitle", "Kepala Badan Pengembangan Sumber Daya Manusia Provinsi Banten");
		values.put("issuer", "Badan Pengembangan Sumber Daya Manusia Provinsi Banten");
		values.put("verificationUrl", verificationUrl);
		values.put("verificationCode", "K7M2Q-9XHT4-BW3RP");
		return new CertificateContent(values,
				List.of(new CertificateContent.Topic("Kebijakan kearsipan nasional", "4"),
						new CertificateContent.Topic("Klasifikasi dan penataan arsip dinamis", "6"),
						new CertificateContent.Topic("Aplikasi SRIKANDI dan tanda tangan elektronik", "6"),
						new CertificateContent.Topic("Penyusutan dan retensi arsip", "4")),
				signatureImage, verificationUrl);
	}

}
