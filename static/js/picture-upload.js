// Bulk upload: choosing or dropping several files gives each its own row (title from the file name, a preview
// to write the alternative text from). Without this script the page has five rows with a file field each.
'use strict';
{
    const RASTER = /^image\/(jpeg|png|webp|avif|gif)$/;

    function titleFrom(name) {
        const words = name.replace(/\.[^.]*$/, '').replace(/[\s_.-]+/g, ' ').trim();
        return words ? words.charAt(0).toUpperCase() + words.slice(1) : '';
    }

    function setup(form) {
        const prefix = form.dataset.prefix;
        const total = form.querySelector('#id_' + prefix + '-TOTAL_FORMS');
        const most = parseInt(form.querySelector('#id_' + prefix + '-MAX_NUM_FORMS').value, 10);
        const rows = form.querySelector('.picture-upload-rows');
        const template = document.getElementById('picture-upload-empty-row');
        const zone = form.querySelector('.picture-drop-zone');
        const picker = zone.querySelector('input[type=file]');
        const status = zone.querySelector('.picture-drop-status');
        if (typeof DataTransfer === 'undefined') {
            return; // the rows' own file fields remain
        }
        zone.hidden = false;

        function fileInput(row) {
            return row.querySelector('.field-file input[type=file]');
        }

        function addRow() {
            const index = parseInt(total.value, 10);
            if (index >= most) {
                return null;
            }
            const html = template.innerHTML.replace(/__prefix__/g, index).replace(/__number__/g, index + 1);
            rows.insertAdjacentHTML('beforeend', html);
            total.value = index + 1;
            return rows.lastElementChild;
        }

        function preview(row, file) {
            const holder = row.querySelector('.picture-upload-preview');
            holder.replaceChildren();
            const name = document.createElement('p');
            name.className = 'picture-upload-name';
            name.textContent = file.name;
            if (!RASTER.test(file.type)) {
                name.textContent += ': no preview for this type of file.';
                holder.append(name);
                return;
            }
            // A data: address, which the admin's Content-Security-Policy allows for pictures (blob: it does not).
            const reader = new FileReader();
            reader.addEventListener('load', () => {
                const image = document.createElement('img');
                image.src = reader.result;
                image.alt = '';
                holder.replaceChildren(image, name);
            });
            reader.readAsDataURL(file);
        }

        function fill(row, file) {
            const input = fileInput(row);
            const chosen = new DataTransfer();
            chosen.items.add(file);
            input.files = chosen.files;
            const title = row.querySelector('.field-title input');
            if (!title.value) {
                title.value = titleFrom(file.name);
            }
            preview(row, file);
        }

        function addFiles(files) {
            let added = 0;
            let firstRow = null;
            for (const file of files) {
                const row = Array.from(rows.children).find((r) => fileInput(r).files.length === 0) || addRow();
                if (!row) {
                    status.textContent = 'At most ' + most + ' pictures at once: upload these first, then the rest.';
                    break;
                }
                fill(row, file);
                firstRow = firstRow || row;
                added += 1;
            }
            if (added) {
                status.textContent = added + (added === 1 ? ' picture' : ' pictures') +
                    ' ready. Write the alternative text of each, then upload.';
                firstRow.querySelector('.field-alt_text input').focus();
            }
        }

        picker.addEventListener('change', () => {
            addFiles(picker.files);
            picker.value = '';
        });
        zone.addEventListener('dragover', (event) => {
            event.preventDefault();
            zone.classList.add('is-over');
        });
        zone.addEventListener('dragleave', () => zone.classList.remove('is-over'));
        zone.addEventListener('drop', (event) => {
            event.preventDefault();
            zone.classList.remove('is-over');
            addFiles(event.dataTransfer.files);
        });
        // A file chosen in a row's own field gets its preview and title too.
        rows.addEventListener('change', (event) => {
            const input = event.target;
            if (input.matches('.field-file input[type=file]') && input.files.length) {
                const row = input.closest('.picture-upload-row');
                const title = row.querySelector('.field-title input');
                if (!title.value) {
                    title.value = titleFrom(input.files[0].name);
                }
                preview(row, input.files[0]);
            }
        });
    }

    document.addEventListener('DOMContentLoaded', () => {
        const form = document.getElementById('picture-upload-form');
        if (form) {
            setup(form);
        }
    });
}
