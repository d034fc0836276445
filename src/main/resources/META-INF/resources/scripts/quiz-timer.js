// The time left of a quiz attempt, counted in the browser from the server's remaining milliseconds; tells the
// server once when it reaches zero.
window.pelitaQuiz = window.pelitaQuiz || {
	timer(element, options) {
		clearInterval(element.pelitaTimer);
		const end = Date.now() + options.remaining;
		const pad = (n) => String(n).padStart(2, '0');
		const tick = () => {
			const left = Math.max(0, Math.round((end - Date.now()) / 1000));
			const h = Math.floor(left / 3600);
			const m = Math.floor((left % 3600) / 60);
			const text = (h > 0 ? h + ':' + pad(m) : String(m)) + ':' + pad(left % 60);
			element.textContent = options.template.replace('{0}', text);
			element.classList.toggle('quiz-timer-low', left <= 60);
			if (left === 0) {
				clearInterval(element.pelitaTimer);
				element.$server.timeUp();
			}
		};
		tick();
		element.pelitaTimer = setInterval(tick, 1000);
	}
};
