/*
 * Pelita LMS, live session page: the countdown to a session and the embedded Jitsi meeting.
 * Loaded with @JavaScript by the session page's components; no npm package, no build step.
 *
 * - countdown(element, options): updates the element's text every second (with the server's time, not the
 *   browser's, via the offset between them) and calls element.$server.reached() once the join window opens.
 * - jitsi(host, options): loads https://<domain>/external_api.js at run time, embeds the meeting in host and
 *   reports videoConferenceJoined / a heartbeat every minute / videoConferenceLeft / readyToClose to the server
 *   (host.$server), each join with a random key of its own. When the page is closed while in the meeting, the
 *   leave goes out with navigator.sendBeacon (a form post with the CSRF token). If the script cannot be loaded,
 *   host.$server.unreachable() lets the page say so.
 */
(function () {
	'use strict';
	if (window.pelitaSession) {
		return;
	}

	var loading = {};

	function loadApi(domain, timeoutMillis) {
		if (typeof window.JitsiMeetExternalAPI === 'function') {
			return Promise.resolve();
		}
		if (!loading[domain]) {
			loading[domain] = new Promise(function (resolve, reject) {
				var script = document.createElement('script');
				var timer = setTimeout(function () {
					script.remove();
					reject(new Error('timeout'));
				}, timeoutMillis);
				script.src = 'https://' + domain + '/external_api.js';
				script.async = true;
				script.onload = function () {
					clearTimeout(timer);
					if (typeof window.JitsiMeetExternalAPI === 'function') {
						resolve();
					} else {
						reject(new Error('no JitsiMeetExternalAPI'));
					}
				};
				script.onerror = function () {
					clearTimeout(timer);
					script.remove();
					reject(new Error('unreachable'));
				};
				document.head.appendChild(script);
			}).catch(function (error) {
				delete loading[domain];
				throw error;
			});
		}
		return loading[domain];
	}

	function newKey() {
		var bytes = new Uint8Array(16);
		window.crypto.getRandomValues(bytes);
		return Array.prototype.map.call(bytes, function (b) {
			return ('0' + b.toString(16)).slice(-2);
		}).join('');
	}

	function stop(host) {
		var state = host.__pelitaJitsi;
		if (!state) {
			return;
		}
		host.__pelitaJitsi = null;
		clearInterval(state.heartbeat);
		window.removeEventListener('pagehide', state.onPageHide);
		if (state.api) {
			try {
				state.api.dispose();
			} catch (ignored) {
				// the iframe is gone already
			}
		}
	}

	function jitsi(host, o) {
		stop(host);
		var state = { key: null, api: null, heartbeat: null };
		host.__pelitaJitsi = state;

		function left() {
			if (state.key) {
				var key = state.key;
				state.key = null;
				clearInterval(state.heartbeat);
				host.$server.left(key);
			}
		}

		state.onPageHide = function () {
			if (!state.key || !host.isConnected || !o.beaconUrl || !navigator.sendBeacon) {
				return;
			}
			var body = new URLSearchParams();
			body.set('key', state.key);
			if (o.csrfParameter && o.csrfToken) {
				body.set(o.csrfParameter, o.csrfToken);
			}
			if (navigator.sendBeacon(o.beaconUrl, body)) {
				state.key = null;
				clearInterval(state.heartbeat);
			}
		};
		window.addEventListener('pagehide', state.onPageHide);

		loadApi(o.domain, o.timeoutMillis).then(function () {
			if (host.__pelitaJitsi !== state) {
				return;
			}
			var options = {
				roomName: o.roomName,
				parentNode: host,
				width: '100%',
				height: '100%',
				lang: o.lang,
				userInfo: { displayName: o.displayName },
				configOverwrite: {
					prejoinConfig: { enabled: false },
					prejoinPageEnabled: false,
					readOnlyName: true,
					disableDeepLinking: true,
					startWithAudioMuted: true,
					subject: o.subject
				},
				interfaceConfigOverwrite: { MOBILE_APP_PROMO: false }
			};
			if (o.email) {
				options.userInfo.email = o.email;
			}
			if (o.jwt) {
				options.jwt = o.jwt;
			}
			var api = new window.JitsiMeetExternalAPI(o.domain, options);
			state.api = api;
			api.addListener('videoConferenceJoined', function () {
				left();
				state.key = newKey();
				host.$server.joined(state.key);
				state.heartbeat = setInterval(function () {
					if (!host.isConnected) {
						stop(host);
					} else if (state.key) {
						host.$server.heartbeat(state.key).then(function (key) {
							if (key && state.key) {
								state.key = key;
							}
						});
					}
				}, o.heartbeatMillis);
			});
			api.addListener('videoConferenceLeft', left);
			api.addListener('readyToClose', function () {
				left();
				stop(host);
				host.$server.closed();
			});
		}, function () {
			if (host.__pelitaJitsi === state) {
				stop(host);
				host.$server.unreachable();
			}
		});
	}

	function countdownText(millis, o) {
		var seconds = Math.max(0, Math.floor(millis / 1000));
		var days = Math.floor(seconds / 86400);
		seconds -= days * 86400;
		var pad = function (n) {
			return (n < 10 ? '0' : '') + n;
		};
		var clock = pad(Math.floor(seconds / 3600)) + ':' + pad(Math.floor(seconds % 3600 / 60)) + ':' + pad(seconds % 60);
		var span = days === 0 ? clock : (days === 1 ? o.oneDay : o.days.replace('{0}', days)) + ' ' + clock;
		return o.template.replace('{0}', span);
	}

	function countdown(element, o) {
		clearInterval(element.__pelitaCountdown);
		var offset = o.serverNow - Date.now();
		var reported = 0;
		var tick = function () {
			if (!element.isConnected || element.hidden) {
				clearInterval(element.__pelitaCountdown);
				return;
			}
			var now = Date.now() + offset;
			element.textContent = countdownText(o.target - now, o);
			if (now >= o.opens && now - reported > 5000) {
				reported = now;
				element.$server.reached();
			}
		};
		element.__pelitaCountdown = setInterval(tick, 1000);
		tick();
	}

	window.pelitaSession = { jitsi: jitsi, stop: stop, countdown: countdown };
})();
