// Wegwijs chat page: pictograms as SVG (icons.svg, inlined in the page by page.ts), so no emoji font
// is needed. In easy Dutch every answer button gets one, chosen from the button's value
// ({ wegwijs: { type, flow, step, choice } }) with the table in locales/nl-x-simple/page.yaml.
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';

  /** <svg class="ww-icon"><use href="#ww-i-NAME"></svg>, hidden from screen readers: a visible label says it. */
  function icon(name) {
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'ww-icon');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var use = document.createElementNS(SVG, 'use');
    use.setAttribute('href', '#ww-i-' + name);
    svg.appendChild(use);
    return svg;
  }

  function exists(name) {
    return typeof name === 'string' && /^[a-z-]+$/.test(name) && !!document.getElementById('ww-i-' + name);
  }

  /** The pictogram for a button's value: flow/choice, then the choice id, then the kind of button. */
  function forAction(table, value) {
    var a = value && value.wegwijs;
    if (!table || !a) return 'answer';
    var pick = [
      a.type === 'choice' && table.flows && table.flows[a.flow + '/' + a.choice],
      a.type === 'choice' && table.choices && table.choices[a.choice],
      table.types && table.types[a.type]
    ];
    for (var i = 0; i < pick.length; i++) if (exists(pick[i])) return pick[i];
    return 'answer';
  }

  /**
   * Keeps a pictogram at the start of each visible suggested-action button while `table()` gives one
   * (easy Dutch); removes them otherwise. Web Chat may reuse a button for a new answer, so the icon
   * is checked against the label every time.
   */
  function decorateSuggestedActions(root, table, actions) {
    function update() {
      var t = table();
      var list = actions() || [];
      var buttons = root.querySelectorAll('.webchat__suggested-actions button.webchat__suggested-action');
      Array.prototype.forEach.call(buttons, function (b) {
        var label = (b.querySelector('.webchat__suggested-action__text') || b).textContent.trim();
        var old = b.querySelector(':scope > .ww-icon');
        if (!t) { if (old) old.remove(); return; }
        var action = list.filter(function (x) { return (x.title || x.displayText || '').trim() === label; })[0];
        var name = forAction(t, action && action.value);
        if (old && old.getAttribute('data-ww-for') === label + '|' + name) return;
        if (old) old.remove();
        var svg = icon(name);
        svg.setAttribute('data-ww-for', label + '|' + name);
        b.insertBefore(svg, b.firstChild);
      });
      // Web Chat's live region already reads the buttons with each message: do not read them twice.
      Array.prototype.forEach.call(root.querySelectorAll('.webchat__suggested-actions[aria-live="polite"]'), function (el) {
        el.setAttribute('aria-live', 'off');
      });
    }
    var observer = new MutationObserver(update);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return update;
  }

  window.WegwijsPictograms = { icon: icon, forAction: forAction, decorateSuggestedActions: decorateSuggestedActions };
})();
