// Wegwijs chat page: gets a Direct Line token from this server and renders the official Web Chat.
// The conversation (token + id + language) is kept in sessionStorage, so a reload or a server
// restart continues where the resident was, in the resident's language. Nothing is sent anywhere else.
(function () {
  'use strict';
  var T = window.WegwijsTexts;
  var P = window.WegwijsPictograms;
  // Theme from the embed snippet (CSS custom properties of the host page), checked before use.
  var params = new URLSearchParams(location.search);
  var safe = { primary: /^#[0-9a-fA-F]{3,8}$|^rgb\([\d\s,.%]+\)$/, text: /^#[0-9a-fA-F]{3,8}$|^rgb\([\d\s,.%]+\)$/, font: /^[\w\s,"'-]{1,120}$/, radius: /^\d{1,2}(px|rem|em)$/ };
  var vars = { primary: '--ww-color-primary', text: '--ww-color-text', font: '--ww-font-family', radius: '--ww-radius' };
  Object.keys(safe).forEach(function (k) {
    var v = params.get(k);
    if (v && safe[k].test(v)) document.documentElement.style.setProperty(vars[k], v);
  });
  var nonce = document.currentScript && document.currentScript.getAttribute('data-nonce');
  var KEY = 'wegwijs.conversation';
  var domain = location.origin + '/v3/directline';

  function saved() {
    try { return JSON.parse(sessionStorage.getItem(KEY) || 'null'); } catch (e) { return null; }
  }
  function save(c) { try { sessionStorage.setItem(KEY, JSON.stringify(c)); } catch (e) { /* private mode */ } }

  function newConversation() {
    return fetch(domain + '/tokens/generate', { method: 'POST' }).then(function (r) {
      if (!r.ok) throw new Error('token ' + r.status);
      return r.json();
    }).then(function (t) {
      var c = { token: t.token, conversationId: t.conversationId, userId: t.user && t.user.id };
      save(c);
      return c;
    });
  }

  // Web Chat 4.18 bundles React 16 but does not export it. Its middleware returns React elements,
  // which are plain objects of this shape; we only wrap what Web Chat itself rendered.
  var REACT_ELEMENT = typeof Symbol === 'function' && Symbol.for ? Symbol.for('react.element') : 0xeac7;
  function h(type, props, children) {
    var p = {};
    Object.keys(props || {}).forEach(function (k) { if (k !== 'key' && k !== 'ref') p[k] = props[k]; });
    if (children !== undefined) p.children = children;
    return { $$typeof: REACT_ELEMENT, type: type, key: (props && props.key) || null, ref: (props && props.ref) || null, props: p, _owner: null };
  }
  function iconElement(name, key) {
    return h('svg', { key: key, className: 'ww-icon', 'aria-hidden': 'true', focusable: 'false' }, h('use', { href: '#ww-i-' + name }));
  }

  /** lang and dir on the content of a message, so mixed-direction history reads right. */
  function markContent(el, lang, dir) {
    Array.prototype.forEach.call(el.querySelectorAll('.webchat__bubble__content'), function (c) {
      c.setAttribute('lang', lang);
      c.setAttribute('dir', dir);
    });
  }

  // "Lees voor": a small pictogram button beside every bot message that reads it with the browser's
  // own speech synthesis (nothing goes to a cloud service). Shown only when the browser can speak.
  function readAloudButton(lang, getElement) {
    var label = T.t(lang, 'readAloud');
    return h('button', {
      key: 'ww-read', type: 'button', className: 'ww-read', title: label, lang: T.langAttr(lang),
      onClick: function () {
        var el = getElement();
        if (!el) return;
        var text = Array.prototype.map.call(el.querySelectorAll('.webchat__bubble__content'), function (c) { return c.innerText; }).join('\n');
        window.speechSynthesis.cancel();
        var u = new SpeechSynthesisUtterance(text);
        u.lang = lang === 'nl-x-simple' ? 'nl-NL' : T.webChatLocale(lang);
        window.speechSynthesis.speak(u);
      }
    }, [iconElement('speaker', 'i'), h('span', { key: 't', className: 'ww-visually-hidden' }, label)]);
  }

  /** Each message in its own language and direction; bot messages get "Lees voor". */
  function activityMiddleware() {
    var canSpeak = 'speechSynthesis' in window;
    return function (next) {
      return function () {
        var render = next.apply(null, arguments);
        var activity = arguments[0] && arguments[0].activity;
        if (!render || !activity || activity.type !== 'message') return render;
        var fromBot = activity.from && activity.from.role === 'bot';
        // A bot message carries the conversation's language; what the resident typed may be in any script.
        var lang = T.known(activity.locale);
        var dir = fromBot ? T.dir(lang) : 'auto';
        return function () {
          var inner = render.apply(null, arguments);
          var element = null;
          var children = [inner];
          if (fromBot && canSpeak) children.push(readAloudButton(lang || T.defaultLanguage, function () { return element; }));
          return h('div', {
            className: 'ww-activity',
            ref: function (el) { element = el; if (el) markContent(el, lang ? T.langAttr(lang) : '', dir); }
          }, children.length > 1 ? children : inner);
        };
      };
    };
  }

  /** Web Chat's typing indicator from when the resident sends until the bot's reply arrives. */
  function typingMiddleware(botId) {
    return function (store) {
      return function (next) {
        return function (action) {
          var result = next(action);
          var a = action.type === 'DIRECT_LINE/POST_ACTIVITY' && action.payload && action.payload.activity;
          if (a && (a.type === 'message' || a.type === 'event') && botId()) {
            store.dispatch({ type: 'DIRECT_LINE/INCOMING_ACTIVITY', payload: { activity: {
              type: 'typing', id: 'ww-typing-' + Date.now(), from: { id: botId(), role: 'bot' }, timestamp: new Date().toISOString()
            } } });
          }
          return result;
        };
      };
    };
  }

  function start(c, resume) {
    // A new conversation is started by Web Chat itself (POST /conversations); a saved one is resumed.
    var options = { domain: domain, token: c.token, webSocket: true };
    if (resume) options.conversationId = c.conversationId;
    var directLine = window.WebChat.createDirectLine(options);
    var botId = null;
    var store = window.WebChat.createStore({}, typingMiddleware(function () { return botId; }));
    var lang = T.known(c.lang) || T.defaultLanguage;
    var root = document.getElementById('webchat');
    var styleOptions = {
      markdownRenderHTML: false,
      suggestedActionLayout: 'stacked',
      suggestedActionsStackedLayoutButtonTextWrap: true,
      hideUploadButton: true,
      sendBoxTextWrap: true,
      bubbleMaxWidth: 640,
      accent: getComputedStyle(document.documentElement).getPropertyValue('--ww-color-primary').trim() || '#004b87',
      primaryFont: getComputedStyle(document.body).fontFamily
    };
    var middleware = activityMiddleware;
    function render() {
      T.apply(lang);
      window.WebChat.renderWebChat({
        directLine: directLine, store: store, userID: c.userId, nonce: nonce || undefined,
        locale: T.webChatLocale(lang), dir: T.dir(lang), styleOptions: styleOptions,
        activityMiddleware: middleware,
        overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: T.t(lang, 'placeholder'), TEXT_INPUT_SEND_BUTTON_ALT: T.t(lang, 'send') }
      }, root);
    }
    render();
    var decorate = P.decorateSuggestedActions(root, function () { return lang === 'nl-x-simple' ? T.icons(lang) : undefined; },
      function () { return store.getState().suggestedActions; });
    // Follow the language the bot speaks (the resident can switch at any moment), and remember it.
    store.subscribe(function () {
      var acts = store.getState().activities || [];
      for (var i = acts.length - 1; i >= 0; i--) {
        var a = acts[i];
        if (a.from && a.from.role === 'bot' && a.type === 'message') {
          botId = a.from.id;
          // While a resumed conversation's history comes back, a message older than the one the
          // language was last taken from does not change it (no flicker through earlier languages).
          // Activity ids are "<conversation>|<sequence, zero-padded>": later ones sort later.
          if (c.langFrom && a.id && a.id < c.langFrom) break;
          var l = T.known(a.locale);
          if (l && l !== lang) {
            lang = l;
            c.lang = l;
            if (a.id) c.langFrom = a.id;
            save(c);
            setTimeout(function () { render(); decorate(); }, 0);
          }
          break;
        }
      }
    });
    document.getElementById('ww-language').onclick = function () {
      store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: 'Taal / Language' } });
    };
    document.getElementById('ww-restart').onclick = function () {
      store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'wegwijs/restart' } });
    };
    window.wegwijs = { store: store, conversation: c };
  }

  // "Snel weg": for residents who type about violence at home. One click, or Escape twice,
  // clears this chat from the tab and replaces the page (no way back with the Back button).
  var NEUTRAL = document.documentElement.getAttribute('data-exit-url') || 'https://www.google.nl/search?q=weer';
  var embedded = window.parent !== window;
  function quickExit() {
    try { sessionStorage.clear(); } catch (e) { /* ignore */ }
    var chat = document.getElementById('webchat');
    if (chat) chat.innerHTML = '';
    document.title = 'Nieuw tabblad';
    if (embedded) {
      // Inside the embed panel: the host page replaces itself (see embed.js).
      window.parent.postMessage({ type: 'wegwijs:exit', url: NEUTRAL }, '*');
      try { window.top.location.replace(NEUTRAL); } catch (e) { /* cross-origin: the host does it */ }
    }
    location.replace(NEUTRAL);
  }
  document.getElementById('ww-exit').onclick = quickExit;
  var lastEscape = 0;
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    var now = Date.now();
    if (now - lastEscape < 1500) quickExit();
    lastEscape = now;
  }, true);
  window.wegwijsQuickExit = quickExit;

  var existing = saved();
  // The saved conversation's language from the first paint, before its messages arrive again.
  T.apply(T.known(existing && existing.lang) || T.defaultLanguage);
  (existing ? Promise.resolve(existing) : newConversation()).then(function (c) { start(c, !!existing); }).catch(function () {
    var lang = T.known(existing && existing.lang) || T.defaultLanguage;
    document.getElementById('webchat').textContent = T.t(lang, 'failed');
  });
})();
