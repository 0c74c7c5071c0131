import type { CrisisTexts } from './resources.js';

/**
 * Spanish, loaded only on Spanish pages. Numbers and keywords are from the clinical reference
 * (988 then 2; AYUDA to 988 and to 741741; WhatsApp 442-AYUDAME); the Lifeline's name stays in
 * English because no official Spanish name is verified. Its chat is in English and says so.
 */
export const CRISIS_ES: CrisisTexts = {
  heading: 'Hay ayuda disponible ahora',
  notice: 'Nota para el administrador del sitio: no se pudo usar parte de la configuración. La consola del navegador tiene los detalles.',
  resources: [
    {
      name: '988 Suicide & Crisis Lifeline',
      description: 'Gratis y confidencial, a cualquier hora del día o de la noche.',
      actions: [
        { label: 'Llame al 988 y oprima 2', href: 'tel:988' },
        { label: 'Envíe AYUDA al 988', href: 'sms:988?body=AYUDA' },
        { label: 'Chat en 988lifeline.org (en inglés)', href: 'https://988lifeline.org/chat/' },
      ],
      note: 'Veteranos: llame al 988 y oprima 1.',
    },
    {
      name: 'Crisis Text Line',
      description: 'Hable por mensaje de texto con un voluntario capacitado.',
      actions: [{ label: 'Envíe AYUDA al 741741', href: 'sms:741741?body=AYUDA' }],
      note: 'También por WhatsApp: 442-AYUDAME.',
    },
    {
      name: 'En una emergencia',
      description: 'Si usted u otra persona está en peligro en este momento.',
      actions: [{ label: 'Llame al 911', href: 'tel:911' }],
    },
  ],
};
