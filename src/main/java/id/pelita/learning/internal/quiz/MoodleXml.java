package id.pelita.learning.internal.quiz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import id.pelita.learning.ImportPreview;
import id.pelita.learning.ImportPreview.Problem;
import id.pelita.learning.QuestionDraft;
import id.pelita.learning.QuestionKind;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads Moodle's "Moodle XML format" question export: {@code multichoice} (single and multiple answer; a
 * multiple-answer question whose right answers carry fractions below 100 % gets partial credit),
 * {@code truefalse}, {@code shortanswer} (the answers with 100 %) and {@code numerical} (the 100 % answer with
 * its tolerance). {@code category} entries name the category of the questions after them (its last level).
 * Every other type (essay, matching, cloze, calculated, description, ...) is listed and skipped. Question text in
 * HTML becomes plain text; embedded images are not taken over. DTDs and external entities are refused.
 */
final class MoodleXml {

	private static final Pattern LINE_BREAKS = Pattern.compile("(?i)<br\\s*/?>|</p>");

	private static final Pattern TAGS = Pattern.compile("<[^>]*>");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private MoodleXml() {
	}

	static boolean looksLikeXml(byte[] content) {
		int i = 0;
		if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
			i = 3;
		}
		while (i < content.length && Character.isWhitespace(content[i])) {
			i++;
		}
		return i < content.length && content[i] == '<';
	}

	static ImportPreview read(byte[] content) {
		Document document;
		try {
			document = parser().parse(new ByteArrayInputStream(content));
		}
		catch (SAXException | IOException ex) {
			return new ImportPreview(List.of(), List.of(QuestionRules.problem(0, "quiz.import.error.xml")), List.of());
		}
		Element root = document.getDocumentElement();
		if (!"quiz".equals(root.getTagName())) {
			return new ImportPreview(List.of(), List.of(QuestionRules.problem(0, "quiz.import.error.notMoodle")), List.of());
		}
		List<QuestionDraft> drafts = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		List<String> unsupported = new ArrayList<>();
		String category = null;
		int position = 0;
		for (Element question : children(root, "question")) {
			String type = question.getAttribute("type");
			if ("category".equals(type)) {
				category = category(question);
				continue;
			}
			position++;
			String name = text(child(question, "name")).orElse("#" + position);
			Optional<QuestionKind> kind = kind(type, question);
			if (kind.isEmpty()) {
				unsupported.add(name + " (" + type + ")");
				continue;
			}
			List<Problem> mine = new ArrayList<>();
			QuestionDraft draft = draft(position, kind.get(), category, question, mine);
			if (draft != null) {
				mine.addAll(QuestionRules.check(position, draft));
			}
			if (mine.isEmpty() && draft != null) {
				drafts.add(draft);
			}
			problems.addAll(mine);
		}
		if (drafts.isEmpty() && problems.isEmpty()) {
			problems.add(QuestionRules.problem(0, "quiz.import.error.empty"));
		}
		return new ImportPreview(drafts, problems, unsupported);
	}

	private static Optional<QuestionKind> kind(String type, Element question) {
		return switch (type) {
			case "multichoice" -> Optional.of(text(child(question, "single")).map(String::strip).map(s -> s.equals("true") || s.equals("1")).orElse(true)
					? QuestionKind.SINGLE_CHOICE : QuestionKind.MULTIPLE_CHOICE);
			case "truefalse" -> Optional.of(QuestionKind.TRUE_FALSE);
			case "shortanswer" -> Optional.of(QuestionKind.SHORT_ANSWER);
			case "numerical" -> Optional.of(QuestionKind.NUMERIC);
			default -> Optional.empty();
		};
	}

	private static @Nullable QuestionDraft draft(int position, QuestionKind kind, @Nullable String category,
			Element question, List<Problem> problems) {
		String text = plain(child(question, "questiontext").flatMap(e -> text(Optional.of(e))).orElse(""));
		BigDecimal points = text(child(question, "defaultgrade")).flatMap(Scoring::number).orElse(BigDecimal.ONE);
		if (points.signum() > 0) {
			points = points.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
		}
		List<Answer> answers = new ArrayList<>();
		for (Element answer : children(question, "answer")) {
			Optional<BigDecimal> fraction = Scoring.number(answer.getAttribute("fraction").isEmpty() ? "0" : answer.getAttribute("fraction"));
			if (fraction.isEmpty()) {
				problems.add(QuestionRules.problem(position, "quiz.import.error.fraction", answer.getAttribute("fraction")));
				return null;
			}
			answers.add(new Answer(plain(text(Optional.of(answer)).orElse("")), fraction.get(),
					text(child(answer, "tolerance")).flatMap(Scoring::number).orElse(null)));
		}
		BigDecimal hundred = BigDecimal.valueOf(100);
		return switch (kind) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
				List<QuestionDraft.Option> options = answers.stream()
					.map(a -> new QuestionDraft.Option(a.text(), kind == QuestionKind.SINGLE_CHOICE
							? a.fraction().compareTo(hundred) == 0 : a.fraction().signum() > 0))
					.toList();
				boolean partial = kind == QuestionKind.MULTIPLE_CHOICE
						&& answers.stream().anyMatch(a -> a.fraction().signum() > 0 && a.fraction().compareTo(hundred) < 0);
				yield new QuestionDraft(kind, category, text, points, partial, options, null, List.of(), null, null);
			}
			case TRUE_FALSE -> {
				Boolean right = answers.stream()
					.filter(a -> a.fraction().compareTo(hundred) == 0)
					.map(a -> a.text().strip().equalsIgnoreCase("true"))
					.findFirst()
					.orElse(null);
				yield new QuestionDraft(kind, category, text, points, false, List.of(), right, List.of(), null, null);
			}
			case SHORT_ANSWER -> new QuestionDraft(kind, category, text, points, false, List.of(), null,
					answers.stream().filter(a -> a.fraction().compareTo(hundred) == 0).map(Answer::text).toList(), null, null);
			case NUMERIC -> {
				Optional<Answer> right = answers.stream().filter(a -> a.fraction().compareTo(hundred) == 0).findFirst();
				BigDecimal number = right.flatMap(a -> Scoring.number(a.text())).orElse(null);
				if (right.isPresent() && number == null) {
					problems.add(QuestionRules.problem(position, "quiz.import.error.number", right.get().text()));
					yield null;
				}
				yield new QuestionDraft(kind, category, text, points, false, List.of(), null, List.of(), number,
						right.map(Answer::tolerance).orElse(null));
			}
		};
	}

	private static @Nullable String category(Element question) {
		String path = child(question, "category").flatMap(e -> text(Optional.of(e))).orElse("").strip();
		if (path.isEmpty()) {
			return null;
		}
		String[] parts = path.split("/");
		String last = parts[parts.length - 1].strip();
		return last.isEmpty() || last.equals("top") || last.startsWith("$") ? null : last;
	}

	/** The text of an element's {@code <text>} child, or its own text. */
	private static Optional<String> text(Optional<Element> element) {
		return element.map(e -> child(e, "text").map(Node::getTextContent).orElse(e.getTextContent()));
	}

	/** HTML to plain text: tags out, common entities decoded, spaces collapsed. */
	static String plain(String html) {
		String text = TAGS.matcher(LINE_BREAKS.matcher(html).replaceAll(" ")).replaceAll("");
		text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
			.replace("&#39;", "'").replace("&amp;", "&");
		return SPACES.matcher(text).replaceAll(" ").strip();
	}

	private static Optional<Element> child(Element parent, String name) {
		List<Element> found = children(parent, name);
		return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
				found.add(element);
			}
		}
		return found;
	}

	private static DocumentBuilder parser() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder;
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Answer(String text, BigDecimal fraction, @Nullable BigDecimal tolerance) {
	}

}
