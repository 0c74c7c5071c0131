import { COMMON_ES } from '../core/es.js';
import type { BenefitsTexts } from './content.js';

/**
 * The explainer in Spanish, loaded only on Spanish pages: plain US Latino Spanish, usted, short
 * sentences, following the decisions in the project's Spanish reference (the IOP named in full
 * with its gloss once, then "IOP"; "hospitalización parcial"; therapies named in Spanish with the
 * English acronym). test/unit/spanish-glossary.test.ts keeps the decided terms from drifting.
 */
export const BENEFITS_ES: BenefitsTexts = {
  ...COMMON_ES,
  content: {
    heading: 'Cómo le puede ayudar un programa ambulatorio intensivo (IOP, por sus siglas en inglés)',
    about: [
      'Un IOP le da más apoyo que la terapia semanal. Usted va a terapia y a sesiones de grupo unas horas al día, varios días por semana. Y sigue viviendo en su casa. Muchas personas siguen trabajando o estudiando.',
      'Un IOP puede ayudar cuando la terapia semanal no basta, cuando los síntomas empeoran o al salir del hospital.',
      'Un IOP no es atención de emergencia. Si está pensando en quitarse la vida o no está a salvo en este momento, llame o envíe un mensaje de texto al 988. En una emergencia, llame al 911.',
    ],
    ladderHeading: 'Qué lugar ocupa un IOP',
    ladderCaption: 'Niveles de atención, de menos a más apoyo',
    ladderCurrent: 'Este programa',
    levels: [
      { id: 'weekly', name: 'Terapia semanal', hours: 'Menos de 9 horas por semana', detail: 'Por lo general, una sesión por semana.' },
      {
        id: 'iop',
        name: 'Programa ambulatorio intensivo (IOP)',
        hours: 'Entre 9 y 19 horas por semana para adultos; entre 6 y 19 para adolescentes',
        detail: 'Muchas veces son 3 horas al día, de 3 a 5 días por semana. Usted vive en su casa.',
      },
      {
        id: 'php',
        name: 'Hospitalización parcial',
        hours: '20 horas o más por semana',
        detail: 'La mayor parte del día, la mayoría de los días. Duerme en su casa.',
      },
      {
        id: 'inpatient',
        name: 'Hospitalización o tratamiento residencial',
        hours: 'Atención de día y de noche',
        detail: 'Se queda en el hospital o en un centro de tratamiento.',
      },
    ],
    benefitsHeading: 'Lo que ofrece un IOP',
    benefits: [
      {
        id: 'structure',
        title: 'Una estructura que se adapta a su vida',
        body: 'Un horario fijo le da rutina a sus días y le ayuda a mantener el rumbo. Al mismo tiempo, puede seguir atendiendo su trabajo, sus estudios y a su familia.',
      },
      {
        id: 'evidence-based',
        title: 'Terapias respaldadas por la investigación',
        body: 'Muchos programas usan métodos respaldados por la investigación. Entre ellos están la terapia cognitivo-conductual (CBT, por sus siglas en inglés), la dialéctico-conductual (DBT) y la de aceptación y compromiso (ACT). El equipo también tiene en cuenta cómo le pueden afectar las experiencias traumáticas. Estas terapias le enseñan a reconocer pensamientos que le hacen sentir peor, a calmar emociones fuertes y a enfrentar mejor los problemas.',
      },
      {
        id: 'peer-support',
        title: 'Apoyo de personas que le comprenden',
        body: 'En los grupos conoce a personas que pasan por situaciones parecidas. Compartir y escuchar puede aliviar la soledad y el estigma. Además, todos aprenden unos de otros.',
      },
      {
        id: 'skills',
        title: 'Habilidades para la vida diaria',
        body: 'En las clases aprende formas prácticas de manejar el estrés y las emociones, comunicarse mejor y cuidar de sí mismo(a). Así puede tomar parte activa en su recuperación.',
      },
      {
        id: 'transitions',
        title: 'Apoyo durante los cambios importantes',
        body: 'Un IOP puede servir de puente al volver al trabajo o a la escuela, al mudarse o al salir del hospital. Con el apoyo de su equipo, usted pone en práctica nuevas habilidades en su vida diaria.',
      },
      {
        id: 'family',
        title: 'Participación y educación de la familia',
        body: 'Muchos programas invitan a la familia a sesiones o clases. Así, sus seres queridos entienden mejor lo que usted vive y pueden hablar con más confianza. También aprenden a hacer de su hogar un lugar de más apoyo.',
      },
      {
        id: 'individualized',
        title: 'Un plan hecho para usted',
        body: 'Su equipo prepara un plan de tratamiento según sus necesidades, sus antecedentes y sus metas. Luego lo va ajustando a medida que usted avanza.',
      },
    ],
  },
};
