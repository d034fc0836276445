package id.pelita.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.pelita.reporting.EvidenceFile;
import id.pelita.reporting.ExternalEntry;
import id.pelita.reporting.ExternalEvidence;

import org.springframework.security.access.AccessDeniedException;

/** The link to an entry's evidence file; the service checks at download time who may have it. */
final class EvidenceLinks {

	private EvidenceLinks() {
	}

	static Anchor of(ExternalEvidence evidence, ExternalEntry entry, String text) {
		Anchor link = new Anchor(DownloadHandler.fromInputStream(download -> {
			EvidenceFile file;
			try {
				file = evidence.open(entry.id()).orElse(null);
			}
			catch (AccessDeniedException ex) {
				return DownloadResponse.error(403);
			}
			if (file == null) {
				return DownloadResponse.error(404);
			}
			return new DownloadResponse(file.content(), file.fileName(), file.type().mimeType(), file.size());
		}), text);
		link.setTarget(AnchorTarget.BLANK);
		link.addClassName("jp-evidence");
		return link;
	}

}
