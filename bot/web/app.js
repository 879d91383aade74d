// Wegwijs chat page: gets a Direct Line token from this server and renders the official Web Chat.
// The conversation (token + id) is kept in sessionStorage, so a reload or a server restart
// continues where the resident was. Nothing is sent anywhere else.
(function () {
  'use strict';
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

  var RTL = ['ar', 'fa', 'he', 'ur'];
  var WEBCHAT_LOCALES = { nl: 'nl-NL', en: 'en-US', tr: 'tr-TR', ar: 'ar-SA', pl: 'pl-PL', uk: 'uk-UA' };
  var READ_ALOUD = { nl: 'Lees voor', en: 'Read aloud', tr: 'Sesli oku', ar: 'اقرأ بصوت عال', pl: 'Przeczytaj', uk: 'Прочитати' };

  // "Lees voor": a button under every bot message that reads it with the browser's own speech
  // synthesis (nothing goes to a cloud service). Shown only when the browser can speak.
  function addReadAloud(root, currentLang) {
    if (!('speechSynthesis' in window)) return;
    new MutationObserver(function () {
      var bubbles = root.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)');
      Array.prototype.forEach.call(bubbles, function (bubble) {
        if (bubble.getAttribute('data-ww-read')) return;
        bubble.setAttribute('data-ww-read', '1');
        var lang = currentLang();
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'ww-read';
        b.textContent = '🔊 ' + (READ_ALOUD[lang.split('-')[0]] || READ_ALOUD.nl);
        b.onclick = function () {
          window.speechSynthesis.cancel();
          var u = new SpeechSynthesisUtterance(bubble.innerText);
          u.lang = lang === 'nl-x-simple' ? 'nl-NL' : lang;
          window.speechSynthesis.speak(u);
        };
        bubble.insertAdjacentElement('afterend', b);
      });
    }).observe(root, { childList: true, subtree: true });
  }

  function start(c, resume) {
    // A new conversation is started by Web Chat itself (POST /conversations); a saved one is resumed.
    var options = { domain: domain, token: c.token, webSocket: true };
    if (resume) options.conversationId = c.conversationId;
    var directLine = window.WebChat.createDirectLine(options);
    var store = window.WebChat.createStore();
    var lang = 'nl';
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
    function render() {
      var base = lang.split('-')[0];
      var dir = RTL.indexOf(base) >= 0 ? 'rtl' : 'ltr';
      document.documentElement.setAttribute('lang', lang === 'nl-x-simple' ? 'nl' : base);
      document.documentElement.setAttribute('dir', dir);
      window.WebChat.renderWebChat({
        directLine: directLine, store: store, userID: c.userId, nonce: nonce || undefined,
        locale: WEBCHAT_LOCALES[base] || 'nl-NL', dir: dir, styleOptions: styleOptions
      }, root);
    }
    render();
    addReadAloud(root, function () { return lang; });
    // Follow the language the bot speaks (the resident can switch at any moment).
    store.subscribe(function () {
      var acts = store.getState().activities || [];
      for (var i = acts.length - 1; i >= 0; i--) {
        var a = acts[i];
        if (a.from && a.from.role === 'bot' && a.locale) {
          if (a.locale !== lang) { lang = a.locale; setTimeout(render, 0); }
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
  (existing ? Promise.resolve(existing) : newConversation()).then(function (c) { start(c, !!existing); }).catch(function () {
    document.getElementById('webchat').textContent = 'De chat kan nu niet starten. Probeer het later opnieuw, of bel de gemeente.';
  });
})();
