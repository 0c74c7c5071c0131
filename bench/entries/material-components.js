// The @material/web components a webmaster would use for this content: what the size row measures.
import '@material/web/radio/radio.js';
import '@material/web/button/filled-button.js';
import '@material/web/labs/card/outlined-card.js';
import '@material/web/progress/linear-progress.js';
