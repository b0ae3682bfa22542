/**
 * What stands in for Google's iframe host in the dev server: `google.script.run` (with its
 * withSuccessHandler / withFailureHandler / withUserObject chaining and any function name) and
 * `google.script.host`, bridged over HTTP to the built Code.js running in the emulator.
 * After each call the sidebar tells the page around it, so the workbook pane refreshes.
 */

/** Browser code, kept to ES2019 like the sidebar bundle. Each `with…` returns a fresh runner, as Google's does. */
export const SHIM_SCRIPT = `(function () {
  'use strict';
  var endpoint = '/api/run';
  function tellPage(type, name) {
    if (window.parent !== window) window.parent.postMessage({ source: 'ip-dev', type: type, name: name }, location.origin);
  }
  function send(name, args, success, failure, userObject) {
    var body;
    try { body = JSON.stringify({ name: name, args: args }); }
    catch (error) { setTimeout(function () { fail(failure, String(error && error.message || error), userObject); }, 0); return; }
    fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body })
      .then(function (response) { return response.json(); })
      .then(function (answer) {
        tellPage('ran', name);
        if (answer && answer.ok) { if (success) success(answer.value, userObject); }
        else fail(failure, answer && answer.error || 'The server did not answer.', userObject);
      })
      .catch(function (error) { tellPage('ran', name); fail(failure, String(error && error.message || error), userObject); });
  }
  function fail(failure, message, userObject) {
    var error = new Error(message);
    if (failure) failure(error, userObject); else console.error(error);
  }
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_target, property) {
        if (property === 'withSuccessHandler') return function (handler) { return runner(handler, failure, userObject); };
        if (property === 'withFailureHandler') return function (handler) { return runner(success, handler, userObject); };
        if (property === 'withUserObject') return function (object) { return runner(success, failure, object); };
        // Not a thenable, and no symbol or private (trailing _) names, as on Google's side.
        if (typeof property !== 'string' || property === 'then' || /_$/.test(property)) return undefined;
        return function () { send(property, Array.prototype.slice.call(arguments), success, failure, userObject); };
      }
    });
  }
  window.google = {
    script: {
      run: runner(null, null, undefined),
      host: {
        origin: location.origin,
        close: function () { tellPage('close'); },
        setHeight: function () {},
        setWidth: function () {},
        editor: { focus: function () {} }
      }
    }
  };
})();`;

/** Puts the shim first in <head>, so it exists before the sidebar's own script runs. */
export function injectShim(html: string): string {
  const tag = `<script>\n${SHIM_SCRIPT}\n</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return `${tag}\n${html}`;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n${tag}${html.slice(at)}`;
}
