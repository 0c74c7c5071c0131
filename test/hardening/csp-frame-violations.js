// Runs first in csp-frame.html: records every CSP or Trusted Types violation in the frame.
window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => window.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`));
