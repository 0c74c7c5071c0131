import type { QuestionTexts } from './questions.js';

const NOT_SURE = { adult: 'No estoy seguro(a)' };

/**
 * The questions in Spanish: words only, keyed by question id and answer value (which questions
 * there are, their order and their answers' values are set in questions.ts). The PHQ-9 and GAD-7
 * wording, answers and attribution are the validated Spanish versions, verbatim (they stay in
 * "usted" for every audience); the context questions are ours, "usted" for adults and parents,
 * "tú" for teens.
 */
export const QUESTIONS_ES: QuestionTexts = {
  phqStem: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
  gadStem: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
  frequency: {
    0: 'Ningún día',
    1: 'Varios días',
    2: 'Más de la mitad de los días',
    3: 'Casi todos los días',
  },
  items: {
    phq1: 'Poco interés o placer en hacer cosas',
    phq2: 'Se ha sentido decaído(a), deprimido(a) o sin esperanzas',
    phq3: 'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado',
    phq4: 'Se ha sentido cansado(a) o con poca energía',
    phq5: 'Sin apetito o ha comido en exceso',
    phq6: 'Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
    phq7: 'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
    phq8: '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
    phq9: 'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera',
    gad1: 'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta',
    gad2: 'No ha sido capaz de parar o controlar su preocupación',
    gad3: 'Se ha preocupado demasiado por motivos diferentes',
    gad4: 'Ha tenido dificultad para relajarse',
    gad5: 'Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)',
    gad6: 'Se ha molestado o irritado fácilmente',
    gad7: 'Ha tenido miedo de que algo terrible fuera a pasar',
  },
  difficultyQuestion:
    'Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?',
  difficulty: {
    0: 'No ha sido difícil',
    1: 'Un poco difícil',
    2: 'Muy difícil',
    3: 'Extremadamente difícil',
  },
  attribution:
    'Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para reproducir, traducir, presentar o distribuir.',
  // One string for adults and teens alike: impersonal, so it is neither "usted" nor "tú".
  screenerError: 'Falta elegir qué tan seguido se ha presentado este problema',
  difficultyError: 'Falta elegir qué tanta dificultad han causado estos problemas',
  parentHandover: 'Madre, padre o cuidador(a): a partir de aquí, las preguntas son para usted.',
  context: {
    care: {
      text: {
        adult: '¿Qué tipo de atención recibe ahora?',
        youth: '¿Qué tipo de atención recibes ahora?',
        parent: '¿Qué tipo de atención recibe su hijo(a) ahora?',
      },
      options: {
        none: { adult: 'Ninguna por ahora' },
        weekly: { adult: 'Terapia o consejería semanal' },
        hospital: {
          adult: 'Salí hace poco del hospital o de un programa de hospitalización parcial',
          parent: 'Mi hijo(a) salió hace poco del hospital o de un programa de hospitalización parcial',
        },
        other: { adult: 'Otro tipo de atención' },
      },
      error: {
        adult: 'Elija qué tipo de atención recibe ahora',
        youth: 'Elige qué tipo de atención recibes ahora',
        parent: 'Elija qué tipo de atención recibe su hijo(a) ahora',
      },
    },
    'weekly-enough': {
      text: {
        adult: '¿La terapia semanal le ha ayudado lo suficiente?',
        youth: '¿La terapia semanal te ha ayudado lo suficiente?',
        parent: '¿La terapia semanal ha ayudado lo suficiente a su hijo(a)?',
      },
      options: {
        yes: { adult: 'Sí, ha sido suficiente' },
        no: { adult: 'No, necesito más apoyo', parent: 'No, mi hijo(a) necesita más apoyo' },
        unsure: NOT_SURE,
      },
      error: {
        adult: 'Elija si la terapia semanal le ha ayudado lo suficiente',
        youth: 'Elige si la terapia semanal te ha ayudado lo suficiente',
        parent: 'Elija si la terapia semanal ha ayudado lo suficiente a su hijo(a)',
      },
    },
    'safe-home': {
      text: {
        adult: '¿Puede mantenerse a salvo y cuidarse en casa?',
        youth: '¿Puedes mantenerte a salvo y cuidarte en casa?',
        parent: '¿Su hijo(a) puede estar a salvo y bien cuidado(a) en casa?',
      },
      caption: { adult: 'Por ejemplo: comer, dormir y pasar el día sin estar en peligro.' },
      options: { yes: { adult: 'Sí' }, no: { adult: 'No' }, unsure: NOT_SURE },
      error: {
        adult: 'Elija si puede mantenerse a salvo en casa',
        youth: 'Elige si puedes mantenerte a salvo en casa',
        parent: 'Elija si su hijo(a) puede estar a salvo en casa',
      },
    },
    attend: {
      text: {
        adult: '¿Podría participar aproximadamente entre 9 y 15 horas por semana?',
        youth: '¿Podrías participar aproximadamente entre 6 y 19 horas por semana, por ejemplo, después de la escuela?',
        parent: '¿Su hijo(a) podría participar aproximadamente entre 6 y 19 horas por semana, por ejemplo, después de la escuela?',
      },
      caption: {
        adult: 'Por lo general son unas 3 horas al día, de 3 a 5 días por semana.',
        youth: 'Los programas para adolescentes suelen reunirse unas 3 horas después de la escuela, algunos días por semana.',
        parent: 'Los programas para adolescentes suelen reunirse unas 3 horas después de la escuela, algunos días por semana.',
      },
      options: {
        yes: { adult: 'Sí' },
        maybe: { adult: 'Tal vez, con algunos cambios' },
        no: { adult: 'No' },
      },
      error: {
        adult: 'Elija si podría participar entre 9 y 15 horas por semana',
        youth: 'Elige si podrías participar entre 6 y 19 horas por semana',
        parent: 'Elija si su hijo(a) podría participar entre 6 y 19 horas por semana',
      },
    },
    support: {
      text: {
        adult: '¿Tiene familia, amigos u otras personas que le apoyen?',
        youth: '¿Tienes familia, amigos u otros adultos que te apoyen?',
        parent: '¿Su hijo(a) tiene familia, amigos u otras personas que le apoyen?',
      },
      options: {
        yes: { adult: 'Sí' },
        some: { adult: 'Algo de apoyo' },
        no: { adult: 'No' },
      },
      error: {
        adult: 'Elija si tiene personas que le apoyen',
        youth: 'Elige si tienes personas que te apoyen',
        parent: 'Elija si su hijo(a) tiene personas que le apoyen',
      },
    },
  },
};
