// Wegwijs chat page: its own texts in the resident's language. page.ts puts every language's
// locales/<lang>/page.yaml into the page as JSON (no second request); a missing text falls back to
// the default language (Dutch), key by key. Sets lang and dir on the document and on each message.
(function () {
  'use strict';
  var data = { default: 'nl', languages: { nl: { dir: 'ltr', texts: {} } } };
  try {
    data = JSON.parse(document.getElementById('ww-page-texts').textContent);
  } catch (e) { /* the Dutch texts in the HTML stay */ }

  // Web Chat's own strings ("Bot zei", the send button) come in these of its locales.
  var WEBCHAT_LOCALES = { nl: 'nl-NL', en: 'en-US', tr: 'tr-TR', ar: 'ar-SA', pl: 'pl-PL', uk: 'uk-UA' };

  /** A language code Wegwijs knows, from an activity's locale ("ar", "nl-x-simple", "en-US"). */
  function known(code) {
    if (!code) return undefined;
    if (data.languages[code]) return code;
    var base = String(code).split('-')[0];
    return data.languages[base] ? base : undefined;
  }
  function texts(lang) {
    var l = data.languages[known(lang) || data.default];
    return (l && l.texts) || {};
  }
  /** A page text in this language, else in the default language. */
  function t(lang, key) {
    var v = texts(lang)[key];
    if (typeof v === 'string') return v;
    var d = texts(data.default)[key];
    return typeof d === 'string' ? d : '';
  }
  function dir(lang) {
    var l = data.languages[known(lang) || data.default];
    return l && l.dir === 'rtl' ? 'rtl' : 'ltr';
  }
  /** The value for a lang attribute: easy Dutch is Dutch to browsers and screen readers. */
  function langAttr(lang) {
    var k = known(lang) || data.default;
    return k === 'nl-x-simple' ? 'nl' : k;
  }
  function webChatLocale(lang) {
    return WEBCHAT_LOCALES[langAttr(lang)] || WEBCHAT_LOCALES.nl;
  }

  /** Puts the page itself (title, header, labels) in this language and direction. */
  function apply(lang) {
    var root = document.documentElement;
    root.setAttribute('lang', langAttr(lang));
    root.setAttribute('dir', dir(lang));
    var title = t(lang, 'title');
    if (title) document.title = title;
    Array.prototype.forEach.call(document.querySelectorAll('[data-ww-text]'), function (el) {
      var v = t(lang, el.getAttribute('data-ww-text'));
      if (v) el.textContent = v;
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-ww-title]'), function (el) {
      var v = t(lang, el.getAttribute('data-ww-title'));
      if (v) el.setAttribute('title', v);
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-ww-label]'), function (el) {
      var v = t(lang, el.getAttribute('data-ww-label'));
      if (v) el.setAttribute('aria-label', v);
    });
  }

  /** The pictogram table of a language (locales/nl-x-simple/page.yaml has one), or undefined. */
  function icons(lang) {
    var v = texts(lang).icons;
    return v && typeof v === 'object' ? v : undefined;
  }

  window.WegwijsTexts = { t: t, dir: dir, langAttr: langAttr, known: known, webChatLocale: webChatLocale, apply: apply, icons: icons, defaultLanguage: data.default };
})();
