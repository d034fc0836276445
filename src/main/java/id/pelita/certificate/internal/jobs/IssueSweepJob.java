package id.pelita.certificate.internal.jobs;

import java.time.Clock;
import java.time.Duration;

import id.pelita.certificate.internal.CertificateIssuer;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Issues what the listener missed (a failed listener, a node that died, a template fixed since) and finishes the
 * files of certificates left numbered without one (a node that died between the two steps of issuing): requests
 * untouched for half a minute, 500 per run. Clustered Quartz runs it on one node at a time.
 */
@DisallowConcurrentExecution
class IssueSweepJob extends QuartzJobBean {

	private static final Logger log = LoggerFactory.getLogger(IssueSweepJob.class);

	private final CertificateIssuer issuer;

	private final Clock clock;

	IssueSweepJob(CertificateIssuer issuer, Clock clock) {
		this.issuer = issuer;
		this.clock = clock;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		int issued = this.issuer.sweep(this.clock.instant().minus(Duration.ofSeconds(30)), 500);
		if (issued > 0) {
			log.info("Certificate sweep issued {} certificate(s)", issued);
		}
	}

}
