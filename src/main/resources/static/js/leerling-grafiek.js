// The pupil page's chart: absence per week this school year (Chart.js). Its data comes from the canvas's
// data-weken attribute (JSON), so the page needs no inline script (Content-Security-Policy: script-src 'self').
(function () {
    const canvas = document.getElementById('weken');
    if (!canvas || typeof Chart === 'undefined') return;
    const weken = JSON.parse(canvas.dataset.weken || '[]');
    new Chart(canvas, {
        type: 'bar',
        data: {
            labels: weken.map(w => w.label),
            datasets: [
                {label: 'Ongeoorloofd (uur)', data: weken.map(w => w.ongeoorloofd / 60), backgroundColor: '#a4001d'},
                {label: 'Geoorloofd (uur)', data: weken.map(w => w.geoorloofd / 60), backgroundColor: '#8fa8c8'}
            ]
        },
        options: {scales: {x: {stacked: true}, y: {stacked: true, title: {display: true, text: 'uur'}}}}
    });
})();
