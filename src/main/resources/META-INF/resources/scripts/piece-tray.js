/*
 * <sb-piece-tray>: the stikord or the picture pieces of a conversation's table (plain JavaScript, no build step).
 * The server (PieceTray.java) sets three things and translates every text in them:
 * - "pieces": JSON [{key, name, src?, title?}], the concept's pieces, set once (a picture has src);
 * - "shown": JSON [{key, placer?, placerTitle?, chooser?, chooserTitle?, shared?, label}], only the pieces that
 *   are placed or chosen; every other piece shows its name;
 * - the "disabled" attribute, while the table cannot be changed.
 * A press calls the server's press(key); the server decides and its answer comes back as a new "shown".
 * The buttons are built once and changed in place, so focus and the screen reader's position stay where they are.
 */
(function () {
  'use strict';
  if (window.customElements.get('sb-piece-tray')) {
    return;
  }

  function span(className, text, title) {
    var s = document.createElement('span');
    s.className = className;
    s.textContent = text;
    if (title) {
      s.title = title;
    }
    return s;
  }

  class PieceTray extends HTMLElement {
    static get observedAttributes() {
      return ['disabled'];
    }

    constructor() {
      super();
      this._buttons = new Map();
      this._pieces = [];
      this._shown = [];
    }

    connectedCallback() {
      // a property set by the server before this element was defined sits on the instance; take it over
      ['pieces', 'shown'].forEach(function (name) {
        if (Object.prototype.hasOwnProperty.call(this, name)) {
          var value = this[name];
          delete this[name];
          this[name] = value;
        }
      }, this);
    }

    set pieces(json) {
      this._pieces = json ? JSON.parse(json) : [];
      this._build();
    }

    set shown(json) {
      this._shown = json ? JSON.parse(json) : [];
      this._apply();
    }

    attributeChangedCallback() {
      var disabled = this.hasAttribute('disabled');
      this._buttons.forEach(function (b) {
        b.disabled = disabled;
      });
    }

    _build() {
      this.textContent = '';
      this._buttons.clear();
      var disabled = this.hasAttribute('disabled');
      this._pieces.forEach(function (piece) {
        var picture = Boolean(piece.src);
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'tray-piece ' + (picture ? 'picture-toggle' : 'stikord-piece');
        b.dataset.key = piece.key;
        b.disabled = disabled;
        b._name = piece.name;
        if (picture) {
          b.title = piece.title || '';
          var content = document.createElement('span');
          content.className = 'picture-content';
          var img = document.createElement('img');
          img.src = piece.src;
          img.alt = '';
          img.setAttribute('aria-hidden', 'true');
          content.appendChild(img);
          content.appendChild(span('piece-name', piece.name));
          b.appendChild(content);
        } else {
          b.appendChild(span('piece-name', piece.name));
        }
        b.addEventListener('click', this._press.bind(this, piece.key));
        this._buttons.set(piece.key, b);
        this.appendChild(b);
      }, this);
      this._apply();
    }

    _press(key) {
      if (!this.hasAttribute('disabled') && this.$server) {
        this.$server.press(key);
      }
    }

    _apply() {
      var byKey = new Map();
      this._shown.forEach(function (s) {
        byKey.set(s.key, s);
      });
      this._buttons.forEach(function (b, key) {
        var s = byKey.get(key) || {};
        var placed = Boolean(s.placer);
        b.classList.toggle('placed', placed);
        b.classList.toggle('chosen', Boolean(s.chooser));
        b.classList.toggle('chosen-shared', Boolean(s.shared));
        b.setAttribute('aria-pressed', String(placed));
        b.setAttribute('aria-label', s.label || b._name);
        this._badge(b, 'placer', s.placer, s.placerTitle);
        this._badge(b, 'chooser', s.chooser, s.chooserTitle);
      }, this);
    }

    /** The placer's initials after the name, the choosers' after that; gone when there is nothing to show. */
    _badge(button, className, text, title) {
      var badge = button.querySelector(':scope > .' + className);
      if (!text) {
        if (badge) {
          badge.remove();
        }
        return;
      }
      if (!badge) {
        badge = span(className, '', '');
        var chooser = button.querySelector(':scope > .chooser');
        button.insertBefore(badge, className === 'placer' ? chooser : null);
      }
      badge.textContent = text;
      badge.title = title || '';
    }
  }

  window.customElements.define('sb-piece-tray', PieceTray);
})();
