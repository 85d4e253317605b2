// Homeward's only script beyond htmx and Bootstrap. Served from the application (CSP: 'self').
// Every page works without it: it narrows long lists as one types and fills fields from a
// person search, on top of plain selects and text fields.

// The login session ended while the page was open: the server answers an htmx request with 499
// instead of a redirect (see HtmxRequestChecker). Reload the whole page, which leads to login.
document.addEventListener('htmx:responseError', function (event) {
  if (event.detail.xhr.status === 499) {
    window.location.reload();
  }
});

// Letters compared without case, accents or Arabic short vowels ("Irak" finds "Iraq", "عراق" "العراق").
function homewardFolded(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f\u064b-\u0652\u0670]/g, '').toLowerCase();
}

// A select with data-filterable gets a search box above it that hides the options it does not
// match (by name or code) and, for a single choice, chooses the first whose name begins with what
// was typed (فرن is France, not the French Southern Territories sorted before it), else the first
// that contains it.
function homewardFilterable(select) {
  if (select.dataset.enhanced) {
    return;
  }
  select.dataset.enhanced = 'true';
  var box = document.createElement('input');
  box.type = 'search';
  box.className = 'form-control form-control-sm mb-1 picker-filter';
  box.id = select.id + '-filter';
  box.autocomplete = 'off';
  var words = document.querySelector('meta[name="homeward-picker-filter"]');
  box.placeholder = words ? words.content : '';
  box.setAttribute('aria-label', box.placeholder);
  box.setAttribute('aria-controls', select.id);
  select.parentNode.insertBefore(box, select);
  box.addEventListener('input', function () {
    var wanted = homewardFolded(box.value.trim());
    var first = null;
    var beginning = null;
    Array.prototype.forEach.call(select.options, function (option) {
      var at = homewardFolded(option.text).indexOf(wanted);
      var shown = !wanted || option.value === '' || at >= 0;
      option.hidden = !shown;
      if (shown && option.value !== '') {
        first = first || option;
        beginning = beginning || (at === 0 ? option : null);
      }
    });
    var chosen = beginning || first;
    if (!select.multiple && wanted && chosen !== null) {
      select.value = chosen.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });
}

function homewardEnhance(root) {
  root.querySelectorAll('select[data-filterable]').forEach(homewardFilterable);
  root.querySelectorAll('[data-js-only]').forEach(function (element) {
    element.hidden = false;
  });
}

homewardEnhance(document);
document.addEventListener('htmx:load', function (event) {
  homewardEnhance(event.detail.elt);
});

// "All" and a few cannot both be chosen: choosing all clears the others, choosing one clears all.
document.addEventListener('change', function (event) {
  var target = event.target;
  var group = target.closest('[data-all-excludes]');
  if (group && target.type === 'checkbox' && target.checked) {
    group.querySelectorAll('input[type="checkbox"]').forEach(function (box) {
      if (box !== target && (target.value === '*' || box.value === '*')) {
        box.checked = false;
      }
    });
  }
  if (target.matches('select[data-all-excludes]')) {
    var all = target.querySelector('option[value="*"]');
    var hadAll = target.dataset.hadAll === 'true';
    if (all.selected && target.selectedOptions.length > 1) {
      Array.prototype.forEach.call(target.options, function (option) {
        option.selected = hadAll ? option !== all && option.selected : option === all;
      });
    }
    target.dataset.hadAll = String(all.selected);
  }
});

// A person picker's match fills in its field (a list gets one more line) and shows who was chosen.
document.addEventListener('click', function (event) {
  var match = event.target.closest('[data-pick]');
  if (!match) {
    return;
  }
  var field = document.getElementById(match.dataset.pick);
  if (!field) {
    return;
  }
  if (field.tagName === 'TEXTAREA') {
    var numbers = field.value.split(/[\s,;]+/).filter(Boolean);
    if (numbers.indexOf(match.dataset.value) < 0) {
      numbers.push(match.dataset.value);
    }
    field.value = numbers.join('\n');
  } else {
    field.value = match.dataset.value;
  }
  var chosen = document.getElementById(match.dataset.pick + '-chosen');
  if (chosen) {
    chosen.replaceChildren(match.querySelector('.pick-summary').cloneNode(true));
    chosen.hidden = false;
  }
  match.classList.add('active');
  match.setAttribute('aria-pressed', 'true');
});

// A form shown again with its errors: the summary of them takes the focus, so it is read first
// and the keyboard starts there (each of its links leads to its field).
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.getElementById('form-errors');
  if (summary && summary.classList.contains('error-summary')) {
    summary.focus();
    // a link of the summary puts the cursor in its field, its label in view above it
    summary.addEventListener('click', function (event) {
      var link = event.target.closest('a[href^="#"]');
      // the field is named by its id or, where the error is reported under another name
      // (mother.givenName, children[1].sex), among the names in its data-error-key
      var key = link && decodeURIComponent(link.getAttribute('href').substring(1));
      var field = key && (document.getElementById(key)
        || document.querySelector('[data-error-key~="' + CSS.escape(key) + '"]'));
      if (field) {
        event.preventDefault();
        // a group (a fieldset of boxes or rows) puts the cursor in its first box
        (field.matches('input, select, textarea') ? field : field.querySelector('input, select, textarea') || field).focus();
        (field.closest('.mb-3') || field).scrollIntoView({ block: 'start' });
      }
    });
  }
});

// A form that takes long to answer (an import reads and checks every row) says so while it works:
// its status line shows and its button rests, so nobody sends the file twice. A form with
// data-progress also names its request by a random token and asks the server, every second, how
// far that request has gone (htmx into the status line's text).
document.addEventListener('submit', function (event) {
  var form = event.target;
  var status = form.querySelector('[data-busy]');
  if (!status) {
    return;
  }
  status.hidden = false;
  form.querySelectorAll('button[type="submit"]').forEach(function (button) { button.disabled = true; });
  var token = form.querySelector('input[name="progress"]');
  var text = status.querySelector('[data-progress-text]');
  if (token && text && window.htmx) {
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
    token.value = hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
    setInterval(function () {
      htmx.ajax('GET', form.getAttribute('data-progress') + token.value, { target: text, swap: 'innerHTML' });
    }, 1000);
  }
});
