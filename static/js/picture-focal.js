// The focal point of a library picture: a click on the preview sets the two number fields (0..1) and shows a
// marker there. The fields stay the way to set it without a pointer or without this script.
'use strict';
{
    function round(value) {
        return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
    }

    function setup(image) {
        const across = document.getElementById('id_focal_x');
        const down = document.getElementById('id_focal_y');
        if (!across || !down) {
            return; // a picture the user may only look at
        }
        const frame = image.closest('.picture-focal-frame');
        const marker = document.createElement('span');
        marker.className = 'picture-focal-marker';
        marker.setAttribute('aria-hidden', 'true');
        frame.append(marker);
        const status = document.createElement('p');
        status.className = 'help picture-focal-status';
        status.setAttribute('aria-live', 'polite');
        status.textContent = 'Click the picture to set its focal point.';
        frame.after(status);
        frame.classList.add('is-active');

        function place() {
            const x = parseFloat(across.value);
            const y = parseFloat(down.value);
            const set = !Number.isNaN(x) && !Number.isNaN(y);
            marker.hidden = !set;
            if (set) {
                marker.style.left = (round(x) * 100) + '%';
                marker.style.top = (round(y) * 100) + '%';
            }
        }

        image.addEventListener('click', (event) => {
            const box = image.getBoundingClientRect();
            const x = round((event.clientX - box.left) / box.width);
            const y = round((event.clientY - box.top) / box.height);
            across.value = x;
            down.value = y;
            place();
            status.textContent = 'Focal point set: ' + x + ' across, ' + y + ' down. Save to keep it.';
        });
        across.addEventListener('input', place);
        down.addEventListener('input', place);
        place();
    }

    document.addEventListener('DOMContentLoaded', () => {
        document.querySelectorAll('.picture-focal-image').forEach(setup);
    });
}
