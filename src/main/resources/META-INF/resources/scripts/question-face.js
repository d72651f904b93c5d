/*
 * <sb-question-face>: what a question card on the live table shows (plain JavaScript, no build step).
 * The server (QuestionFace.java) sets "model", JSON with every text translated:
 *   {label, text, workplace?, originalTitle?, original?, status?, actions: [{key, label, pressed?}]}
 * A press calls the server's act(key); the server decides, and its answer comes back as a new model.
 * Everything is built once and changed in place, so a button keeps the keyboard focus while its text changes.
 */
(function () {
  'use strict';
  if (window.customElements.get('sb-question-face')) {
    return;
  }

  function make(tag, className) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    return e;
  }

  function text(e, value) {
    if (e.textContent !== value) {
      e.textContent = value;
    }
  }

  class QuestionFace extends HTMLElement {
    connectedCallback() {
      // a model set by the server before this element was defined sits on the instance; take it over
      if (Object.prototype.hasOwnProperty.call(this, 'model')) {
        var value = this.model;
        delete this.model;
        this.model = value;
      }
    }

    set model(json) {
      if (json) {
        this._show(JSON.parse(json));
      }
    }

    _build() {
      this._label = this.appendChild(make('span', 'piece-label'));
      this._text = this.appendChild(make('p', 'piece-text'));
      this._mark = this.appendChild(make('span', 'workplace-mark'));
      this._original = this.appendChild(make('details', 'original-wording'));
      this._originalTitle = this._original.appendChild(make('summary'));
      this._originalText = this._original.appendChild(make('p'));
      this._status = this.appendChild(make('span', 'question-status'));
      this._actions = this.appendChild(make('div', 'piece-actions'));
      this._buttons = new Map();
    }

    _show(m) {
      if (!this._label) {
        this._build();
      }
      text(this._label, m.label);
      text(this._text, m.text);
      text(this._mark, m.workplace || '');
      this._mark.hidden = !m.workplace;
      this._original.hidden = !m.original;
      if (!m.original) {
        this._original.open = false;
      }
      text(this._originalTitle, m.originalTitle || '');
      text(this._originalText, m.original || '');
      text(this._status, m.status || '');
      this._status.hidden = !m.status;
      this._actions.hidden = m.actions.length === 0;
      var keys = new Set();
      m.actions.forEach(function (a) {
        keys.add(a.key);
        var b = this._buttons.get(a.key);
        if (!b) {
          b = make('button', 'piece-button');
          b.type = 'button';
          b.dataset.action = a.key;
          b.addEventListener('click', this._press.bind(this, a.key));
          this._buttons.set(a.key, b);
          this._actions.appendChild(b); // the server keeps the order; a button never moves, so keeps its focus
        }
        text(b, a.label);
        if (a.pressed === undefined) {
          b.removeAttribute('aria-pressed');
        } else {
          b.setAttribute('aria-pressed', String(a.pressed));
        }
      }, this);
      this._buttons.forEach(function (b, key) {
        if (!keys.has(key)) {
          b.remove();
          this._buttons.delete(key);
        }
      }, this);
    }

    _press(key) {
      if (this.$server) {
        this.$server.act(key);
      }
    }
  }

  window.customElements.define('sb-question-face', QuestionFace);
})();
