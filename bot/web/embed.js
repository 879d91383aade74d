// Wegwijs embed: paste one <script> tag on a gemeente website to get a chat button and panel.
//   <script src="https://chat.example.nl/embed.js" defer></script>
// Theme it with CSS custom properties on the host page (NL Design System style tokens):
//   :root { --wegwijs-color-primary: #00689e; --wegwijs-color-text: #1a1a1a;
//           --wegwijs-font-family: "Fira Sans", sans-serif; --wegwijs-radius: 4px; }
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__wegwijsEmbed) return;
  window.__wegwijsEmbed = true;
  var origin = new URL(script.src, location.href).origin;
  var css = getComputedStyle(document.documentElement);
  function token(name, fallback) { return (css.getPropertyValue(name) || '').trim() || fallback; }
  var theme = {
    primary: token('--wegwijs-color-primary', '#004b87'),
    text: token('--wegwijs-color-text', '#1a1a1a'),
    font: token('--wegwijs-font-family', 'system-ui, sans-serif'),
    radius: token('--wegwijs-radius', '8px')
  };
  var query = Object.keys(theme).map(function (k) { return k + '=' + encodeURIComponent(theme[k]); }).join('&');

  var style = document.createElement('style');
  style.textContent =
    '.wegwijs-launcher{position:fixed;right:16px;bottom:16px;z-index:2147483000;font:600 16px/1.2 ' + theme.font + ';' +
    'background:' + theme.primary + ';color:#fff;border:0;border-radius:' + theme.radius + ';padding:14px 18px;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.3)}' +
    '.wegwijs-launcher:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}' +
    '.wegwijs-panel{position:fixed;right:16px;bottom:76px;z-index:2147483000;width:min(400px,calc(100vw - 32px));height:min(640px,calc(100vh - 100px));' +
    'border:1px solid #888;border-radius:' + theme.radius + ';overflow:hidden;background:#fff;box-shadow:0 4px 16px rgba(0,0,0,.3)}' +
    '.wegwijs-panel[hidden]{display:none}.wegwijs-panel iframe{border:0;width:100%;height:100%}' +
    '@media (max-width:480px){.wegwijs-panel{right:0;bottom:0;width:100vw;height:100vh;border-radius:0}}';
  document.head.appendChild(style);

  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'wegwijs-launcher';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'wegwijs-panel');
  button.textContent = 'Chat: waar vind ik hulp?';
  var panel = document.createElement('div');
  panel.id = 'wegwijs-panel';
  panel.className = 'wegwijs-panel';
  panel.hidden = true;
  var frame;

  function open() {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.title = 'Chat met Wegwijs';
      frame.src = origin + '/?embed=1&' + query;
      frame.allow = 'clipboard-write';
      panel.appendChild(frame);
    }
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    button.textContent = 'Chat sluiten';
    frame.focus();
  }
  function close() {
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.textContent = 'Chat: waar vind ik hulp?';
    button.focus();
  }
  button.addEventListener('click', function () { panel.hidden ? open() : close(); });
  window.addEventListener('message', function (e) {
    if (e.origin !== origin || !e.data || typeof e.data !== 'object') return;
    if (e.data.type === 'wegwijs:exit' && typeof e.data.url === 'string' && /^https:\/\//.test(e.data.url)) {
      if (frame) frame.remove();
      location.replace(e.data.url);
    }
    if (e.data.type === 'wegwijs:close') close();
  });
  document.body.appendChild(panel);
  document.body.appendChild(button);
})();
