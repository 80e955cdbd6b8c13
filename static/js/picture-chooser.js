// The picture chooser in the article form: after a choice in the library popup (or a typed ID), show the chosen
// picture's thumbnail and title; "Clear" empties the choice. Without this script the ID field works on its own.
'use strict';
{
    const CHOOSER = '.picture-chooser';
    const INPUT = '.picture-chooser input.vForeignKeyRawIdAdminField';

    function show(chooser, data) {
        const preview = chooser.querySelector('.picture-chooser-preview');
        preview.replaceChildren();
        if (data.thumbnail) {
            const image = document.createElement('img');
            image.className = 'picture-thumb';
            image.src = data.thumbnail;
            image.alt = data.alt || '';
            image.width = 64;
            image.height = 64;
            preview.append(image);
        }
        const title = document.createElement('span');
        title.className = 'picture-chooser-title';
        title.textContent = data.title;
        preview.append(title);
    }

    function say(chooser, text) {
        const note = document.createElement('span');
        note.className = 'picture-chooser-empty';
        note.textContent = text;
        chooser.querySelector('.picture-chooser-preview').replaceChildren(note);
    }

    function refresh(input) {
        const chooser = input.closest(CHOOSER);
        const id = input.value.trim();
        if (!id) {
            say(chooser, 'No picture chosen.');
            return;
        }
        if (!/^\d+$/.test(id)) {
            say(chooser, 'A picture ID is a number, shown in the picture library.');
            return;
        }
        const url = chooser.dataset.previewUrl.replace('__id__', id);
        fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
            .then((response) => response.ok ? response.json() : Promise.reject(response.status))
            .then((data) => {
                if (input.value.trim() === id) {
                    show(chooser, data);
                }
            })
            .catch(() => say(chooser, 'There is no picture ' + id + ' in your library.'));
    }

    function onChange(event) {
        if (event.target.matches(INPUT)) {
            refresh(event.target);
        }
    }

    document.documentElement.classList.add('picture-chooser-js');
    document.addEventListener('DOMContentLoaded', () => {
        // Django's lookup popup sets the ID and announces it with a jQuery "change" event, which native listeners
        // never hear; jQuery's own listener hears both that and a typed change. (django.jQuery is defined by a
        // script that may come after this one.)
        if (window.django && window.django.jQuery) {
            window.django.jQuery(document).on('change', INPUT, onChange);
        } else {
            document.addEventListener('change', onChange);
        }
    });
    document.addEventListener('click', (event) => {
        const button = event.target.closest('.picture-chooser-clear');
        if (!button) {
            return;
        }
        const input = button.closest(CHOOSER).querySelector(INPUT);
        input.value = '';
        refresh(input);
        input.focus();
    });
}
