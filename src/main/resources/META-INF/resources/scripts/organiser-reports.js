// Bar charts of the organiser reports, drawn with Chart.js (its WebJar, loaded before this script) into a canvas
// in the given element. The same figures stand in a table beside the chart, for screen readers and print.
window.pelitaOrganiserReports = window.pelitaOrganiserReports || {
	bar(element, data) {
		if (!window.Chart) {
			return;
		}
		let canvas = element.querySelector('canvas');
		if (!canvas) {
			canvas = document.createElement('canvas');
			canvas.setAttribute('aria-hidden', 'true');
			element.appendChild(canvas);
		}
		if (element.pelitaChart) {
			element.pelitaChart.destroy();
		}
		element.pelitaChart = new window.Chart(canvas, {
			type: 'bar',
			data: {
				labels: data.labels,
				datasets: data.series.map((series, index) => ({
					label: series.label,
					data: series.values,
					backgroundColor: ['#1f6feb', '#f0883e', '#2da44e'][index % 3]
				}))
			},
			options: {
				responsive: true,
				maintainAspectRatio: false,
				animation: false,
				scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
				plugins: { legend: { display: data.series.length > 1 } }
			}
		});
	}
};
