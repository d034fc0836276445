package id.pelita.reporting.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The printable one-page A4 summary of an agency's year: a heading, lines of figures, and two charts drawn by
 * JFreeChart onto the page as vector graphics (through PdfBoxGraphics2D). Text is set in the shipped DejaVu Sans,
 * embedded as a subset, so Indonesian text and any name print as written.
 */
public final class SummaryPdf {

	private static final float MARGIN = 50;

	private static final float CHART_HEIGHT = 230;

	/** A chart: its title, axis labels, and one series of values per name over the category labels. */
	public record Chart(String title, String categoryAxis, String valueAxis, List<String> categories,
			List<Series> series, boolean lines) {
	}

	public record Series(String name, List<? extends Number> values) {
	}

	private final Path regularFont;

	private final Path boldFont;

	/** @param fonts the folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf */
	public SummaryPdf(Path fonts) {
		this.regularFont = fonts.resolve("DejaVuSans.ttf");
		this.boldFont = fonts.resolve("DejaVuSans-Bold.ttf");
	}

	/** Writes the document: {@code title} large, {@code subtitle}, the figure lines, the charts, the footer. */
	public void write(String title, String subtitle, List<String> figures, List<Chart> charts, String footer,
			OutputStream out) {
		try (PDDocument document = new PDDocument()) {
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(title + " - " + subtitle);
			info.setCreator("Pelita LMS");
			PDType0Font regular = PDType0Font.load(document, this.regularFont.toFile());
			PDType0Font bold = PDType0Font.load(document, this.boldFont.toFile());
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
			float y = PDRectangle.A4.getHeight() - MARGIN;
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				y = line(content, bold, 16, title, y);
				y = line(content, regular, 12, subtitle, y - 4) - 8;
				for (String figure : figures) {
					y = line(content, regular, 10.5f, figure, y);
				}
				Font chartFont = chartFont();
				for (Chart chart : charts) {
					y -= CHART_HEIGHT + 12;
					PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, width, CHART_HEIGHT);
					chart(chart, chartFont).draw(graphics, new Rectangle2D.Double(0, 0, width, CHART_HEIGHT));
					graphics.dispose();
					PDFormXObject form = graphics.getXFormObject();
					content.saveGraphicsState();
					content.transform(Matrix.getTranslateInstance(MARGIN, y));
					content.drawForm(form);
					content.restoreGraphicsState();
				}
				line(content, regular, 8.5f, footer, MARGIN);
			}
			document.save(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static float line(PDPageContentStream content, PDType0Font font, float size, String text, float y)
			throws IOException {
		float baseline = y - size;
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(MARGIN, baseline);
		content.showText(text);
		content.endText();
		return baseline - size * 0.45f;
	}

	private Font chartFont() throws IOException {
		try (InputStream in = Files.newInputStream(this.regularFont)) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (FontFormatException ex) {
			throw new IOException("Not a TrueType font: " + this.regularFont, ex);
		}
	}

	private static JFreeChart chart(Chart chart, Font font) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (Series series : chart.series()) {
			for (int i = 0; i < chart.categories().size(); i++) {
				dataset.addValue(series.values().get(i), series.name(), chart.categories().get(i));
			}
		}
		JFreeChart result = chart.lines()
				? ChartFactory.createLineChart(chart.title(), chart.categoryAxis(), chart.valueAxis(), dataset,
						PlotOrientation.VERTICAL, true, false, false)
				: ChartFactory.createBarChart(chart.title(), chart.categoryAxis(), chart.valueAxis(), dataset,
						PlotOrientation.VERTICAL, chart.series().size() > 1, false, false);
		StandardChartTheme theme = new StandardChartTheme("pelita");
		theme.setExtraLargeFont(font.deriveFont(Font.BOLD, 13f));
		theme.setLargeFont(font.deriveFont(11f));
		theme.setRegularFont(font.deriveFont(9f));
		theme.setSmallFont(font.deriveFont(8f));
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setDomainGridlinePaint(new Color(0xDDDDDD));
		theme.setRangeGridlinePaint(new Color(0xDDDDDD));
		theme.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
		theme.setShadowVisible(false);
		theme.apply(result);
		result.setAntiAlias(false);
		return result;
	}

}
