import { COMMON_ES } from '../core/es.js';
import type { CrisisTexts } from './resources.js';

/**
 * Spanish, loaded only on Spanish pages. Numbers and keywords are from the clinical reference
 * (988 then 2; AYUDA to 988 and to 741741; WhatsApp 442-AYUDAME; veterans 988 then 1); the
 * services keep their English names (no official Spanish name is verified), and each is explained
 * in Spanish: free, confidential, in Spanish. Links are infinitives ("Llamar al 988"), like every
 * button of the widgets, and nothing else here addresses the reader as "usted" or "tú" ("oprimir 2",
 * not "oprima 2"), so one crisis box suits adults, parents and teens alike. Texting is
 * always "por mensaje de texto". The 988 chat is in English and says so.
 */
export const CRISIS_ES: CrisisTexts = {
  ...COMMON_ES,
  heading: 'Hay ayuda disponible ahora',
  newTab: 'se abre en otra pestaña',
  resources: [
    {
      name: '988 Suicide & Crisis Lifeline',
      description: 'Ayuda gratis y confidencial en español, a cualquier hora del día o de la noche.',
      actions: [
        { label: 'Llamar al 988 y oprimir 2 para español', href: 'tel:988' },
        { label: 'Enviar AYUDA por mensaje de texto al 988', href: 'sms:988?body=AYUDA' },
        { label: 'Chatear en 988lifeline.org (en inglés)', href: 'https://988lifeline.org/chat/' },
      ],
      note: 'Para veteranos: llamar al 988 y oprimir 1.',
    },
    {
      name: 'Crisis Text Line',
      description: 'Conversación por mensaje de texto con una persona voluntaria capacitada. Es gratis, confidencial y en español.',
      actions: [{ label: 'Enviar AYUDA por mensaje de texto al 741741', href: 'sms:741741?body=AYUDA' }],
      note: 'También por WhatsApp: 442-AYUDAME.',
    },
    {
      name: 'En una emergencia',
      description: 'Si alguien está en peligro en este momento.',
      actions: [{ label: 'Llamar al 911', href: 'tel:911' }],
    },
  ],
};
