/*
 * Samtalebordet's few lines of browser code (plain JavaScript, no build step):
 * - drafts: what a person types in a shared text is kept in this tab's sessionStorage until the server has
 *   confirmed it, so text typed while the connection was lost, or refused, is shown again and never vanishes;
 * - the connection: while the server cannot be reached the page says so, and nobody is shown as "here";
 * - the sticky focus banner: whatever is scrolled to lands below it, never under it;
 * - announcements: what others change is said in the page's polite live region, rapid changes summed up;
 * - focus kept: a button in markup the server draws again hands focus to the one that replaces it.
 */
(function () {
  'use strict';
  if (window.Samtalebordet) {
    return;
  }
  var PREFIX = 'samtalebordet-draft:';

  function storage() {
    try {
      return window.sessionStorage;
    } catch (e) {
      return null; // storage switched off: drafts are simply not kept
    }
  }

  var drafts = {
    /** The server stored this text for the field: a draft of exactly it is no longer needed. */
    saved: function (key, text) {
      var s = storage();
      if (s && key && s.getItem(PREFIX + key) === text) {
        s.removeItem(PREFIX + key);
      }
    },
    /** A draft that differs from what is stored, or null; one equal to it is dropped. */
    pending: function (key, stored) {
      var s = storage();
      var draft = s && key ? s.getItem(PREFIX + key) : null;
      if (draft === null || draft === stored) {
        if (s && draft !== null) {
          s.removeItem(PREFIX + key);
        }
        return null;
      }
      return draft;
    },
    /** How many texts this tab holds that the server has not confirmed. */
    count: function () {
      var s = storage();
      var n = 0;
      for (var i = 0; s && i < s.length; i++) {
        if (s.key(i).indexOf(PREFIX) === 0) {
          n++;
        }
      }
      return n;
    },
    discard: function (key) {
      var s = storage();
      if (s && key) {
        s.removeItem(PREFIX + key);
      }
    }
  };

  document.addEventListener('input', function (e) {
    if (e.detail && e.detail.remote) {
      return; // a text someone else stored, taken into the field: not this person's typing
    }
    var path = e.composedPath();
    var host = path.find(function (n) {
      return n.dataset && n.dataset.draft;
    });
    var typed = typeof path[0].value === 'string' ? path[0].value : host && host.value;
    var s = storage();
    if (host && s && typeof typed === 'string') {
      try {
        s.setItem(PREFIX + host.dataset.draft, typed);
      } catch (full) {
        // the tab's storage is full: this draft is not kept, typing goes on
      }
    }
  }, true);

  /** Back in touch with the server after a lost connection: every field with a draft asks it to check. */
  function checkDrafts() {
    document.querySelectorAll('[data-draft]').forEach(function (el) {
      el.dispatchEvent(new CustomEvent('draft-check'));
    });
  }

  /** The height that sticky parts of the page (the focus banner) cover at the top once something is scrolled. */
  function coveredTop() {
    var covered = 0;
    document.querySelectorAll('.walk-panel, .walk-jump').forEach(function (el) {
      var style = getComputedStyle(el);
      var height = el.getBoundingClientRect().height;
      if ((style.position === 'sticky' || style.position === 'fixed') && height > 0) {
        covered = Math.max(covered, (parseFloat(style.top) || 0) + height);
      }
    });
    return covered;
  }

  function updateStickyOffset() {
    document.documentElement.style.setProperty('--sb-sticky-offset', Math.ceil(coveredTop()) + 'px');
  }

  var observers = [];
  var reducedMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  /*
   * Sentences wait until the others have been quiet for QUIET_MS (at most MAX_WAIT_MS): one or two are said as
   * they are, more are summed up with the region's data-summary template ({0} how many, {1} the last), so a
   * screen reader is never flooded. Each announcement is a new paragraph, so the same sentence twice is said
   * twice.
   */
  var QUIET_MS = 1200;
  var MAX_WAIT_MS = 4000;
  var pending = [];
  var quietTimer = null;
  var firstPendingAt = 0;

  function flushAnnouncements() {
    clearTimeout(quietTimer);
    quietTimer = null;
    var region = document.getElementById('live-announcements');
    var said = pending;
    pending = [];
    if (!region || said.length === 0) {
      return;
    }
    var text = said.length <= 2 ? said.join(' ')
        : region.getAttribute('data-summary').replace('{0}', String(said.length)).replace('{1}', said[said.length - 1]);
    var p = document.createElement('p');
    p.textContent = text;
    region.replaceChildren(p);
  }

  window.Samtalebordet = {
    drafts: drafts,

    /** Says a sentence about someone else's change in the live region, summed up with others close to it. */
    announce: function (sentence) {
      var now = Date.now();
      if (pending.length === 0) {
        firstPendingAt = now;
      }
      pending.push(sentence);
      clearTimeout(quietTimer);
      quietTimer = setTimeout(flushAnnouncements, Math.max(0, Math.min(QUIET_MS, firstPendingAt + MAX_WAIT_MS - now)));
    },

    /** Scrolls an element fully into view below the sticky banner (or its top there, when it is taller). */
    scrollBelowSticky: function (el) {
      updateStickyOffset();
      el.scrollIntoView({block: 'start', behavior: reducedMotion ? 'auto' : 'smooth'});
    },

    /** The focus banner of this page: scroll margins follow its height as it changes. One banner at a time. */
    stickyBanner: function (el) {
      observers.forEach(function (o) {
        o.disconnect();
      });
      observers = [];
      document.documentElement.classList.remove('sb-focus-out-of-view');
      updateStickyOffset();
      if (window.ResizeObserver) {
        var resize = new ResizeObserver(updateStickyOffset);
        resize.observe(el);
        observers.push(resize);
      }
      if (window.IntersectionObserver) {
        var view = new IntersectionObserver(function (entries) {
          entries.forEach(function (entry) {
            document.documentElement.classList.toggle('sb-focus-out-of-view',
                el.isConnected && !entry.isIntersecting);
          });
          updateStickyOffset();
        });
        view.observe(el);
        observers.push(view);
      }
    }
  };

  window.addEventListener('resize', updateStickyOffset);

  /*
   * Markup the server draws again (a LiveMarkup, e.g. an agreement row) replaces its buttons. The button that
   * had focus, marked with data-focus-key, hands it to its replacement with the same key, so a keyboard user
   * stays where they were. Focus moved elsewhere by the person (the button still in the page) forgets it.
   */
  var focusKey = null;
  document.addEventListener('focusin', function (e) {
    focusKey = e.target && e.target.dataset ? e.target.dataset.focusKey || null : null;
  });
  document.addEventListener('focusout', function (e) {
    var left = e.target;
    queueMicrotask(function () {
      if (left.isConnected && document.activeElement !== left) {
        focusKey = null;
      }
    });
  });
  new MutationObserver(function () {
    var active = document.activeElement;
    if (focusKey && (!active || active === document.body)) {
      var replacement = document.querySelector('[data-focus-key="' + CSS.escape(focusKey) + '"]');
      if (replacement && !replacement.disabled) {
        replacement.focus({preventScroll: true});
      }
    }
  }).observe(document.body || document.documentElement, {childList: true, subtree: true});

  /* The connection to the server: while it is lost, the page says so and nobody shows as "here". */
  function watchConnection() {
    var state = window.Vaadin && window.Vaadin.connectionState;
    if (!state || !state.addStateChangeListener) {
      return false;
    }
    var lostSince = false; // kept through the 'loading' states between losing and regaining the connection
    state.addStateChangeListener(function (previous, current) {
      var lost = current === 'reconnecting' || current === 'connection-lost';
      document.documentElement.classList.toggle('sb-offline', lost);
      if (lost) {
        lostSince = true;
      } else if (current === 'connected' && lostSince) {
        lostSince = false;
        checkDrafts();
      }
    });
    return true;
  }
  if (!watchConnection()) {
    var tries = 0;
    var timer = setInterval(function () {
      if (watchConnection() || ++tries > 50) {
        clearInterval(timer);
      }
    }, 200);
  }
})();
