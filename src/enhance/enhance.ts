// The one enhancement script of every page (pages read fine without it): the service worker for offline
// reading, "save all guides" and "send this page". Heavier parts (the QR code library) load only when used.
import "./register-sw.ts";
import "./send-page.ts";
