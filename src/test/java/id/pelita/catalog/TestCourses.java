package id.pelita.catalog;

import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;

/** Courses and cover images for tests. */
public final class TestCourses {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private TestCourses() {
	}

	/** A valid course with the given (unique) code. */
	public static NewCourse course(String code) {
		return new NewCourse(code, "Pelayanan Publik Prima " + code, "Standar pelayanan dan **survei kepuasan**.",
				CompetencyType.TEKNIS, "Pelayanan Publik", 8, LearningMode.OFF_CLASS, "ASN pelaksana layanan",
				BigDecimal.valueOf(70), BigDecimal.valueOf(80), "sttp-standar");
	}

	/** A PNG signature followed by random bytes: a different file on every call. */
	public static byte[] png(int size) {
		return withHeader(PNG_SIGNATURE, size);
	}

	/** The header followed by random bytes up to the size. */
	public static byte[] withHeader(byte[] header, int size) {
		byte[] content = new byte[size];
		ThreadLocalRandom.current().nextBytes(content);
		System.arraycopy(header, 0, content, 0, header.length);
		return content;
	}

}
