// Homeward's only script beyond htmx and Bootstrap. Served from the application (CSP: 'self').

// The login session ended while the page was open: the server answers an htmx request with 499
// instead of a redirect (see HtmxRequestChecker). Reload the whole page, which leads to login.
document.addEventListener('htmx:responseError', function (event) {
  if (event.detail.xhr.status === 499) {
    window.location.reload();
  }
});
