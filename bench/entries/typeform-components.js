// Typeform draws nothing itself: its embed loads the form in an iframe from Typeform's servers.
// Only its size is measured (no network here), so this file is its size row and nothing else.
import { createWidget } from '@typeform/embed';
import css from '@typeform/embed/build/css/widget.css';

window.iopBench = { createWidget, css };
