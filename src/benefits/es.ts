import type { BenefitsTexts } from './content.js';

/** The explainer in Spanish (plain, neutral US Spanish), loaded only on Spanish pages. */
export const BENEFITS_ES: BenefitsTexts = {
  notice: 'Nota para el administrador del sitio: no se pudo usar parte de la configuración. La consola del navegador tiene los detalles.',
  content: {
    heading: 'Cómo puede ayudar un Programa Intensivo Ambulatorio (IOP)',
    about: [
      'Un Programa Intensivo Ambulatorio (IOP, por sus siglas en inglés) es un paso más que la terapia semanal. Usted va a sesiones de terapia y de grupo unas horas al día, varios días por semana, y sigue viviendo en casa. Muchas personas siguen trabajando o estudiando.',
      'Un IOP puede ayudar cuando la terapia semanal no es suficiente, cuando los síntomas empeoran o después de una estancia en el hospital.',
    ],
    ladderHeading: 'Dónde encaja un IOP',
    ladderCaption: 'Niveles de atención, del menor apoyo al mayor',
    levels: [
      { id: 'weekly', name: 'Terapia semanal', hours: 'Menos de 9 horas por semana', detail: 'Por lo general, una sesión por semana.' },
      {
        id: 'iop',
        name: 'Programa intensivo ambulatorio (IOP)',
        hours: 'De 9 a 19 horas por semana, aproximadamente',
        detail: 'A menudo 3 horas al día, de 3 a 5 días por semana. Usted vive en casa.',
      },
      {
        id: 'php',
        name: 'Hospitalización parcial',
        hours: '20 horas o más por semana',
        detail: 'Casi todo el día, casi todos los días. Duerme en casa.',
      },
      { id: 'inpatient', name: 'Hospitalización o tratamiento residencial', hours: 'Atención de día y de noche', detail: 'Se queda en el hospital o en el centro.' },
    ],
    benefitsHeading: 'Lo que ofrece un IOP',
    benefits: [
      {
        id: 'structure',
        title: 'Una estructura que se adapta a su vida',
        body: 'Un horario fijo le da rutina a sus días y le ayuda a seguir adelante, mientras sigue atendiendo el trabajo, la escuela y la familia.',
      },
      {
        id: 'evidence-based',
        title: 'Terapias que han demostrado funcionar',
        body: 'La atención usa métodos respaldados por la investigación, como la terapia cognitivo-conductual (CBT), la terapia dialéctica conductual (DBT), la terapia de aceptación y compromiso (ACT) y la atención informada sobre el trauma. Le ayudan a notar pensamientos que no le sirven, calmar emociones fuertes y afrontar mejor las cosas.',
      },
      {
        id: 'peer-support',
        title: 'Apoyo de personas que le entienden',
        body: 'En los grupos conoce a personas que pasan por cosas parecidas. Compartir y escuchar alivia la soledad y la vergüenza, y aprenden unos de otros.',
      },
      {
        id: 'skills',
        title: 'Habilidades para la vida diaria',
        body: 'Las clases enseñan formas prácticas de manejar el estrés, las emociones, la comunicación y el cuidado personal, para que participe activamente en su recuperación.',
      },
      {
        id: 'transitions',
        title: 'Ayuda en los grandes cambios',
        body: 'Un IOP puede ser un puente cuando vuelve al trabajo o a la escuela, se muda o regresa a casa después del hospital. Practica nuevas habilidades en la vida real con el apoyo de su equipo.',
      },
      {
        id: 'family',
        title: 'Participación y educación de la familia',
        body: 'Muchos programas invitan a la familia a sesiones o clases, para que sus seres queridos entiendan lo que usted vive, hablen con más apertura y hagan del hogar un lugar de más apoyo.',
      },
      {
        id: 'individualized',
        title: 'Un plan hecho para usted',
        body: 'Su equipo crea un plan de tratamiento según sus necesidades, su historia y sus metas, y lo ajusta a medida que avanza.',
      },
    ],
  },
};
