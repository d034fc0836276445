// Draws a Chart.js chart (webjars/chart.js) into the canvas inside an element from the data the server sends
// (kind, labels, datasets; never code), replacing the chart drawn there before. Marks the element data-drawn.
window.pelitaCharts = window.pelitaCharts || {
	palette: ['#1565c0', '#2e7d32', '#ef6c00', '#c62828', '#6a1b9a', '#00838f'],
	draw(element, config) {
		const canvas = element.querySelector('canvas');
		if (!canvas || !window.Chart) {
			return;
		}
		if (element.pelitaChart) {
			element.pelitaChart.destroy();
		}
		const palette = this.palette;
		const datasets = config.datasets.map((set, index) => {
			const colour = palette[index % palette.length];
			return {
				label: set.label,
				data: set.data,
				type: set.type || config.type,
				backgroundColor: set.colours || colour,
				borderColor: colour,
				borderWidth: 2,
				borderDash: set.dashed ? [6, 4] : [],
				pointRadius: set.dashed ? 0 : 3,
				fill: false,
				tension: 0
			};
		});
		element.pelitaChart = new window.Chart(canvas, {
			type: config.type,
			data: { labels: config.labels, datasets: datasets },
			options: {
				responsive: true,
				maintainAspectRatio: false,
				animation: false,
				plugins: { legend: { display: datasets.length > 1, position: 'bottom' } },
				scales: {
					x: { title: { display: !!config.xTitle, text: config.xTitle || '' } },
					y: { beginAtZero: true, title: { display: !!config.yTitle, text: config.yTitle || '' } }
				}
			}
		});
		element.dataset.drawn = 'true';
	}
};
