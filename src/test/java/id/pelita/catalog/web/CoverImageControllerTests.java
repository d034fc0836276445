package id.pelita.catalog.web;

import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;

import id.pelita.catalog.CatalogService;
import id.pelita.catalog.CompetencyType;
import id.pelita.catalog.LearningMode;
import id.pelita.catalog.NewCourse;
import id.pelita.support.H2Test;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Covers are public: the landing page shows them to visitors who have not signed in. */
@H2Test
class CoverImageControllerTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	CatalogService catalog;

	private MockMvc mvc;

	@BeforeEach
	void setUp(@Autowired WebApplicationContext web) {
		this.mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
	}

	@Test
	void visitorLoadsACoverWithItsImageTypeAndLongCaching() throws Exception {
		byte[] image = new byte[3_000];
		ThreadLocalRandom.current().nextBytes(image);
		System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, 0, image, 0, 8);
		SignIn.as(this.context, "penyelenggara");
		String url;
		try {
			long id = this.catalog.createCourse(new NewCourse(TestData.username("SAMPUL"), "Kearsipan Digital",
					"Pengelolaan arsip dinamis.", CompetencyType.TEKNIS, "Kearsipan", 6, LearningMode.OFF_CLASS, "",
					BigDecimal.valueOf(70), BigDecimal.valueOf(80), "sttp-standar"));
			this.catalog.setCoverImage(id, "arsip.png", image);
			url = this.catalog.course(id).coverImageUrl();
		}
		finally {
			SignIn.out();
		}
		this.mvc.perform(get("/" + url))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andExpect(content().bytes(image))
			.andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
	}

	@Test
	void unknownOrMalformedNamesAreNotFound() throws Exception {
		this.mvc.perform(get("/images/covers/" + "0".repeat(64) + ".png")).andExpect(status().isNotFound());
		this.mvc.perform(get("/images/covers/secret.txt")).andExpect(status().isNotFound());
		this.mvc.perform(get("/images/covers/..%2F..%2Fpelita.mv.db")).andExpect(status().is4xxClientError());
	}

}
