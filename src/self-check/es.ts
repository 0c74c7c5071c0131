import type { SelfCheckTexts } from './texts.js';

const PRIVATE = 'Toma unos 3 minutos. Sus respuestas se quedan en este dispositivo: no se envían ni se guardan.';
const NOT_SURE = { value: 'unsure', label: { adult: 'No estoy seguro(a)' } };

/**
 * The self-check in Spanish, loaded only on Spanish pages. The PHQ-9 and GAD-7 wording, answers
 * and attribution are the validated Spanish versions, verbatim; the rest is ours, in plain,
 * neutral US Spanish ("usted" for adults and parents, "tú" in the words written for teens).
 */
export const SELF_CHECK_ES: SelfCheckTexts = {
  questions: {
    phqStem: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
    gadStem: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
    frequency: ['Ningún día', 'Varios días', 'Más de la mitad de los días', 'Casi todos los días'],
    phq9: [
      'Poco interés o placer en hacer cosas',
      'Se ha sentido decaído(a), deprimido(a) o sin esperanzas',
      'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado',
      'Se ha sentido cansado(a) o con poca energía',
      'Sin apetito o ha comido en exceso',
      'Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
      'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
      '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
      'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera',
    ],
    gad7: [
      'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta',
      'No ha sido capaz de parar o controlar su preocupación',
      'Se ha preocupado demasiado por motivos diferentes',
      'Ha tenido dificultad para relajarse',
      'Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)',
      'Se ha molestado o irritado fácilmente',
      'Ha tenido miedo de que algo terrible fuera a pasar',
    ],
    difficultyQuestion:
      'Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?',
    difficulty: ['No ha sido difícil', 'Un poco difícil', 'Muy difícil', 'Extremadamente difícil'],
    attribution:
      'Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para reproducir, traducir, presentar o distribuir.',
    screenerError: 'Elija con qué frecuencia le ha molestado este problema',
    difficultyError: 'Elija qué tanta dificultad le han dado estos problemas',
    parentHandover: 'Madre, padre o cuidador(a): las preguntas a partir de aquí son para usted.',
    context: {
      care: {
        text: { adult: '¿Qué atención recibe ahora?', youth: '¿Qué atención recibes ahora?', parent: '¿Qué atención recibe su hijo(a) ahora?' },
        options: [
          { value: 'none', label: { adult: 'Ninguna por ahora' } },
          { value: 'weekly', label: { adult: 'Terapia o consejería semanal' } },
          {
            value: 'hospital',
            label: {
              adult: 'Salí hace poco del hospital o de un programa de hospitalización parcial',
              parent: 'Mi hijo(a) salió hace poco del hospital o de un programa de hospitalización parcial',
            },
          },
          { value: 'other', label: { adult: 'Otra cosa' } },
        ],
        error: 'Elija la atención que recibe ahora',
      },
      'weekly-enough': {
        text: {
          adult: '¿La terapia semanal ha sido suficiente para ayudarle?',
          youth: '¿La terapia semanal ha sido suficiente para ayudarte?',
          parent: '¿La terapia semanal ha sido suficiente para ayudar a su hijo(a)?',
        },
        options: [
          { value: 'yes', label: { adult: 'Sí, ha sido suficiente' } },
          { value: 'no', label: { adult: 'No, necesito más apoyo', parent: 'No, mi hijo(a) necesita más apoyo' } },
          NOT_SURE,
        ],
        error: 'Elija si la terapia semanal ha sido suficiente',
      },
      'safe-home': {
        text: {
          adult: '¿Puede mantenerse a salvo y cuidarse en casa?',
          youth: '¿Puedes estar a salvo y cuidarte en casa?',
          parent: '¿Su hijo(a) puede estar a salvo y recibir cuidado en casa?',
        },
        caption: 'Por ejemplo: comer, dormir y pasar el día sin estar en peligro.',
        options: [{ value: 'yes', label: { adult: 'Sí' } }, { value: 'no', label: { adult: 'No' } }, NOT_SURE],
        error: 'Elija si puede mantenerse a salvo en casa',
      },
      attend: {
        text: {
          adult: '¿Podría participar unas 9 a 12 horas por semana?',
          youth: '¿Podrías participar unas 9 a 12 horas por semana, por ejemplo después de la escuela?',
          parent: '¿Su hijo(a) podría participar unas 9 a 12 horas por semana?',
        },
        caption: 'Por lo general son unas 3 horas al día, de 3 a 5 días por semana.',
        options: [
          { value: 'yes', label: { adult: 'Sí' } },
          { value: 'maybe', label: { adult: 'Tal vez, con algunos cambios' } },
          { value: 'no', label: { adult: 'No' } },
        ],
        error: 'Elija si podría participar unas 9 a 12 horas por semana',
      },
      support: {
        text: {
          adult: '¿Tiene familia, amigos u otras personas que le apoyan?',
          youth: '¿Tienes familia, amigos u otros adultos que te apoyan?',
          parent: '¿Su hijo(a) tiene familia, amigos u otras personas que le apoyan?',
        },
        options: [
          { value: 'yes', label: { adult: 'Sí' } },
          { value: 'some', label: { adult: 'Algunas' } },
          { value: 'no', label: { adult: 'No' } },
        ],
        error: 'Elija si tiene personas que le apoyan',
      },
    },
  },
  ui: {
    title: '¿Es un IOP adecuado para mí?',
    start: {
      adult: [
        'Conteste unas preguntas para ver si un Programa Intensivo Ambulatorio (IOP, por sus siglas en inglés) podría ser adecuado para usted, o si otro tipo de atención le convendría más.',
        PRIVATE,
      ],
      youth: [
        'Contesta unas preguntas para ver si un Programa Intensivo Ambulatorio (IOP) para adolescentes podría ayudarte. Esta prueba es para jóvenes de 12 a 17 años.',
        'Toma unos 3 minutos. Tus respuestas se quedan en este dispositivo: no se envían ni se guardan.',
        'Puede ayudarte revisar los resultados con tu mamá, tu papá u otro adulto de confianza.',
      ],
      parent: [
        'Vea si un Programa Intensivo Ambulatorio (IOP) podría ser adecuado para su hijo(a) de 12 a 17 años.',
        'Las primeras preguntas son sobre cómo se ha sentido su hijo(a) y están pensadas para que él o ella las conteste: por favor, entréguele el dispositivo para esa parte. Usted puede contestar las preguntas sobre la atención y la vida en casa.',
        PRIVATE,
      ],
    },
    notDiagnosis:
      'Esta es una herramienta de evaluación, no un diagnóstico. Las herramientas en línea no pueden diagnosticar ni decidir su atención. Use sus resultados para empezar una conversación con un profesional.',
    startButton: 'Empezar',
    continue: 'Continuar',
    back: 'Atrás',
    question: (n: number, total: number) => `Pregunta ${n} de ${total}`,
    errorTitle: 'Hay un problema',
    errorPrefix: 'Error:',
    interrupt: {
      heading: 'Por favor, busque apoyo ahora',
      body: [
        'Usted dijo que ha tenido pensamientos de que estaría mejor muerto(a) o de lastimarse. Gracias por decírnoslo. Usted merece apoyo de inmediato.',
        'Puede hablar con alguien ahora mismo, gratis, de día o de noche. Si está en peligro, llame al 911.',
      ],
      continue: 'Seguir con la prueba',
    },
    results: {
      'get-help-now': {
        heading: 'Por favor, busque ayuda ahora',
        summary: 'Usted podría estar en peligro. Por favor, hable con alguien ahora: llame al 988 y oprima 2, o envíe AYUDA al 988. Llame al 911 si podría actuar según estos pensamientos.',
      },
      'more-support-than-iop': {
        heading: 'Podría necesitar más apoyo que un IOP',
        summary: 'Podría necesitar más horas de atención o un lugar seguro donde quedarse, como la hospitalización parcial o una estancia en el hospital. Por favor, pida que un profesional le evalúe hoy.',
      },
      'iop-may-fit': {
        heading: 'Un IOP podría ser adecuado para usted',
        summary: 'Podría necesitar más apoyo que la terapia semanal mientras vive en casa. Un IOP podría ser un buen próximo paso.',
      },
      'weekly-therapy-may-fit': {
        heading: 'La terapia semanal podría ser suficiente por ahora',
        summary: 'Tiene algunos síntomas. La terapia semanal suele ser un buen comienzo. Si las cosas se ponen más difíciles, un IOP está disponible.',
      },
      'no-clear-need': {
        heading: 'Sus respuestas no indican que necesite un IOP en este momento',
        summary: 'Reportó pocos síntomas. Si algo todavía le molesta, siempre está bien hablar con un profesional.',
      },
    },
    reasonsHeading: 'Por qué le decimos esto',
    reasons: {
      'self-harm-often': 'Tuvo pensamientos de que estaría mejor muerto(a) o de lastimarse más de la mitad de los días.',
      'self-harm-some': 'Tuvo pensamientos de que estaría mejor muerto(a) o de lastimarse algunos días. Por favor, dígaselo a un profesional.',
      'unsafe-at-home': 'Dijo que ahora no puede mantenerse a salvo o cuidarse en casa.',
      'severe-unsure-safety': 'Sus síntomas son fuertes y no está seguro(a) de poder mantenerse a salvo en casa.',
      'depression-elevated': 'Sus respuestas sobre el estado de ánimo (PHQ-9) están en el nivel moderado o más alto.',
      'anxiety-elevated': 'Sus respuestas sobre la preocupación y la ansiedad (GAD-7) están en el nivel moderado o más alto.',
      'daily-life-very-hard': 'Estos problemas le hacen muy difícil trabajar, cuidar la casa o llevarse bien con otras personas.',
      'daily-life-somewhat-hard': 'Estos problemas le hacen la vida diaria un poco más difícil.',
      'leaving-hospital': 'Salió hace poco del hospital o de la hospitalización parcial. Un IOP es un próximo paso común.',
      'weekly-not-enough': 'La terapia semanal no ha sido suficiente.',
      'hard-to-attend': 'Le sería difícil participar de 9 a 12 horas por semana. Pregunte por horarios de tarde o noche.',
      'little-support': 'Tiene pocas personas que le apoyan. Las sesiones en grupo de un IOP pueden ayudar con eso.',
      'mild-symptoms': 'Sus respuestas muestran síntomas leves.',
      'few-symptoms': 'Sus respuestas muestran pocos o ningún síntoma en las últimas 2 semanas.',
    },
    scoresHeading: 'Sus puntajes',
    bands: { minimal: 'mínimo', mild: 'leve', moderate: 'moderado', 'moderately-severe': 'moderadamente grave', severe: 'grave' },
    positive: 'positivo: vale la pena revisarlo más a fondo',
    negative: 'por debajo del punto de corte',
    whatIsIopHeading: 'Cómo es un IOP en el día a día',
    whatIsIop:
      'Terapia en grupo e individual unas 3 horas al día, de 3 a 5 días por semana, y después regresa a casa. Muchas personas siguen trabajando o estudiando. Aprende habilidades para el estrés, el estado de ánimo y la preocupación.',
    nextStepsHeading: 'Próximos pasos',
    nextSteps: {
      'get-help-now': 'Llame al 988 y oprima 2, o envíe AYUDA al 988 ahora. En una emergencia, llame al 911. Puede volver a esto más tarde.',
      'more-support-than-iop': 'Llame a su médico, vaya a una sala de emergencias o llame al 988 para que le ayuden a encontrar atención hoy.',
      'iop-may-fit': 'Hable con un especialista de admisión. Le puede decir si un IOP es adecuado y cómo sería para usted.',
      'weekly-therapy-may-fit': 'Hable con un terapeuta o con su médico. También le podemos ayudar a encontrar la atención adecuada.',
      'no-clear-need': 'Si quiere hablarlo, aquí estamos.',
    },
    call: (phone: string) => `Llamar al ${phone}`,
    contact: (clinicName?: string | null) => (clinicName ? `Comunicarse con ${clinicName}` : 'Hablar con nuestro equipo de admisión'),
    score: (tool: string, anxiety: boolean, score: number, max: number, meaning: string) =>
      `${tool} (${anxiety ? 'ansiedad' : 'estado de ánimo'}): ${score} de ${max}, ${meaning}`,
    notice: 'Nota para el administrador del sitio: no se pudo usar parte de la configuración. La consola del navegador tiene los detalles.',
    restart: 'Empezar de nuevo',
    print: 'Imprimir o guardar mi resumen',
    printedOn: (date: string) => `Resumen creado el ${date} en este dispositivo.`,
    quickExit: 'Salir de esta página',
    quickExitHint: 'Para salir rápido de esta página, oprima la tecla Shift 3 veces.',
    announceResult: 'Su resultado está listo.',
    broken: 'Lo sentimos, no se pudo mostrar la prueba. Si necesita ayuda ahora, puede comunicarse aquí:',
  },
};
