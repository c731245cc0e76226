import type { PlaybookContent } from './model';
import { levels, team as baseTeam } from './starter-helpers';

const team = (informs: string) => baseTeam(informs, 'Alcaldía o jefatura de gabinete', 'Responsable de redes sociales');

/**
 * Protocolos de partida en español: el personal los copia y los adapta a su municipio.
 * Los comunicados a la ciudadanía van en el registro de los avisos oficiales
 * (impersonal, o de usted cuando se dirigen a alguien) y no dependen del género del lugar.
 */
export const startersEs: Record<string, PlaybookContent> = {
  flood: {
    name: 'Inundación o temporal',
    scenario: 'Lluvias intensas, crecida de un río, viento fuerte o nieve que cortan calles, inundan bajos o obligan a desalojar.',
    criticalTopics: ['Seguridad de las personas y desalojos', 'Calles y accesos cortados', 'Colegios y servicios suspendidos', 'Ayudas y daños'],
    attackers: [
      { who: 'Vecinos afectados', grounds: 'Sienten que el aviso llegó tarde o que nadie les atiende.' },
      { who: 'Oposición municipal', grounds: 'Limpieza de imbornales, obras pendientes o falta de previsión.' },
    ],
    triggers: ['Aviso naranja o rojo de la agencia meteorológica', 'Llamadas o mensajes de calles anegadas', 'Activación del plan de emergencias municipal'],
    severities: levels(
      ['Aviso amarillo o incidencias puntuales sin riesgo para personas', 60, 180],
      ['Aviso naranja, calles cortadas o servicios suspendidos', 30, 60],
      ['Aviso rojo, desalojos o personas en peligro', 15, 30],
    ),
    checklist: [
      { fact: 'Zonas y calles afectadas', confirmWith: 'Policía Local' },
      { fact: 'Si hay personas heridas, atrapadas o desalojadas', confirmWith: 'Protección Civil o emergencias 112' },
      { fact: 'Servicios suspendidos (colegios, mercados, transporte)', confirmWith: 'Alcaldía' },
      { fact: 'Hora de la próxima información oficial', confirmWith: 'Jefatura de gabinete' },
    ],
    responders: team('Policía Local y Protección Civil'),
    steps: [
      'Confirmar los hechos con Policía Local y Protección Civil.',
      'Pausar las publicaciones programadas que no tengan que ver con el temporal.',
      'Publicar el primer aviso con lo confirmado y la hora de la próxima actualización.',
      'Difundir solo avisos oficiales (112, agencia meteorológica) y enlazar a la fuente.',
      'Responder dudas con la información ya publicada; derivar emergencias al 112.',
      'Actualizar a la hora prometida aunque no haya novedades.',
    ],
    dos: ['Dar consejos prácticos: no cruzar zonas inundadas, evitar desplazamientos.', 'Indicar siempre la hora de la próxima actualización.', 'Repetir el teléfono de emergencias 112.'],
    donts: ['No publicar cifras de daños sin confirmar.', 'No compartir fotos de vecinos sin su permiso.', 'No culpar a otras administraciones.'],
    keywords: ['inundación', 'temporal', 'riada', 'lluvia', 'calle cortada', 'desalojo', 'alerta'],
    statements: [
      {
        key: 'first',
        title: 'Primer aviso',
        text: 'AVISO | Por el temporal, hay incidencias en {{place}} desde las {{time}}. {{service}}. Los equipos municipales y Protección Civil ya están trabajando. {{advice}}. Ante cualquier emergencia, llame al 112. Volveremos a informar a las {{next_update}}.',
        variants: [
          {
            network: 'x',
            text: 'AVISO | Temporal: incidencias en {{place}} desde las {{time}}. {{service}}. Equipos municipales trabajando. {{advice}}. Emergencias: 112. Próxima información: {{next_update}}.',
          },
        ],
      },
      {
        key: 'update',
        title: 'Actualización',
        text: 'ACTUALIZACIÓN DE LAS {{time}} | Situación en {{place}}: {{detail}}. {{service}}. Seguimos en la zona con Policía Local y Protección Civil. Próxima actualización: {{next_update}}.',
        variants: [{ network: 'x', text: 'ACTUALIZACIÓN DE LAS {{time}} | {{place}}: {{detail}}. {{service}}. Próxima actualización: {{next_update}}.' }],
      },
    ],
  },
  outage: {
    name: 'Corte de agua, luz u otro servicio',
    scenario: 'Un servicio básico (agua, alumbrado, recogida de basuras, calefacción de un edificio público) deja de funcionar en una zona.',
    criticalTopics: ['Duración del corte', 'Personas vulnerables y centros sensibles', 'Calidad del agua al volver el suministro'],
    attackers: [
      { who: 'Vecinos y comercios afectados', grounds: 'Falta de aviso previo y pérdidas económicas.' },
      { who: 'Empresa concesionaria', grounds: 'Reparto de responsabilidades con el ayuntamiento.' },
    ],
    triggers: ['Aviso de la empresa suministradora', 'Quejas repetidas de una misma zona', 'Avería detectada por los servicios municipales'],
    severities: levels(
      ['Corte breve o programado en pocas calles', 60, 240],
      ['Corte sin hora de vuelta o en un barrio entero', 30, 90],
      ['Corte general o que afecta a hospitales, residencias o colegios', 15, 60],
    ),
    checklist: [
      { fact: 'Servicio y zona exacta afectados', confirmWith: 'Empresa suministradora' },
      { fact: 'Causa de la avería (si se puede decir)', confirmWith: 'Servicios técnicos municipales' },
      { fact: 'Hora prevista de vuelta del servicio', confirmWith: 'Empresa suministradora' },
      { fact: 'Medidas alternativas (camión cisterna, puntos de agua)', confirmWith: 'Alcaldía' },
    ],
    responders: team('Servicios técnicos y empresa suministradora'),
    steps: [
      'Confirmar zona, causa y hora prevista con la empresa.',
      'Publicar el aviso con lo que se sabe y lo que falta por saber.',
      'Informar de alternativas y de cómo pedir ayuda si hay personas dependientes.',
      'Actualizar cuando cambie la hora prevista, sin esperar a que pregunten.',
      'Anunciar la vuelta del servicio y las recomendaciones posteriores.',
    ],
    dos: ['Dar una hora prevista solo si la empresa la confirma.', 'Explicar qué hacer mientras tanto.'],
    donts: ['No prometer plazos que no dependen del ayuntamiento.', 'No discutir responsabilidades en público.'],
    keywords: ['sin agua', 'corte de agua', 'apagón', 'sin luz', 'avería', 'suministro'],
    statements: [
      {
        key: 'first',
        title: 'Aviso de corte',
        text: 'AVISO | Desde las {{time}} hay un corte de {{service}} en {{place}}. Estamos trabajando con la empresa para restablecerlo cuanto antes. {{advice}}. Volveremos a informar a las {{next_update}}.',
        variants: [{ network: 'x', text: 'AVISO | Corte de {{service}} en {{place}} desde las {{time}}. Trabajamos con la empresa para restablecerlo. {{advice}}. Más información a las {{next_update}}.' }],
      },
      {
        key: 'restored',
        title: 'Servicio restablecido',
        text: 'RESTABLECIDO | El servicio de {{service}} vuelve a funcionar en {{place}} desde las {{time}}. {{advice}}. Gracias por la paciencia.',
        variants: [{ network: 'x', text: 'RESTABLECIDO | {{service}} de nuevo en {{place}} desde las {{time}}. {{advice}}. Gracias por la paciencia.' }],
      },
    ],
  },
  road: {
    name: 'Accidente o emergencia en la vía pública',
    scenario: 'Un accidente de tráfico, un incendio, un derrumbe o un escape obliga a cortar calles y a desviar a la gente.',
    criticalTopics: ['Víctimas (nunca datos personales)', 'Cortes y desvíos de tráfico', 'Transporte público afectado'],
    attackers: [
      { who: 'Conductores y vecinos', grounds: 'Atascos, falta de información sobre desvíos.' },
      { who: 'Curiosos en redes', grounds: 'Difunden imágenes de víctimas o rumores sobre la causa.' },
    ],
    triggers: ['Aviso de Policía Local o del 112', 'Vídeos o fotos circulando en redes', 'Preguntas de medios locales'],
    severities: levels(
      ['Incidencia menor, corte breve', 60, 120],
      ['Corte prolongado o personas heridas', 20, 60],
      ['Víctimas mortales o riesgo para más personas', 15, 30],
    ),
    checklist: [
      { fact: 'Lugar exacto y calles cortadas', confirmWith: 'Policía Local' },
      { fact: 'Desvíos y alternativas de paso', confirmWith: 'Policía Local' },
      { fact: 'Qué se puede decir de las personas afectadas', confirmWith: 'Alcaldía y servicios de emergencia' },
    ],
    responders: team('Policía Local'),
    steps: [
      'Confirmar lugar, cortes y desvíos con Policía Local.',
      'Publicar solo información útil para moverse: qué evitar y por dónde ir.',
      'No informar sobre víctimas hasta que lo haga la autoridad competente.',
      'Pedir que no se compartan imágenes de las personas afectadas.',
      'Avisar cuando la vía se reabra.',
    ],
    dos: ['Centrarse en la información práctica de tráfico.', 'Mostrar respeto a las personas afectadas y sus familias.'],
    donts: ['No especular sobre la causa.', 'No publicar nombres, edades ni imágenes de víctimas.'],
    keywords: ['accidente', 'atasco', 'corte de tráfico', 'incendio', 'desvío'],
    statements: [
      {
        key: 'first',
        title: 'Corte y desvíos',
        text: 'TRÁFICO | Por una emergencia en {{place}}, la vía está cortada desde las {{time}}. {{advice}}. Policía Local está en la zona. Por respeto a las personas afectadas, se ruega no compartir imágenes. Próxima información: {{next_update}}.',
        variants: [{ network: 'x', text: 'TRÁFICO | Emergencia en {{place}}: vía cortada desde las {{time}}. {{advice}}. Por respeto, se ruega no compartir imágenes. Próxima información: {{next_update}}.' }],
      },
      {
        key: 'reopened',
        title: 'Vía reabierta',
        text: 'TRÁFICO | Desde las {{time}} se puede volver a circular por {{place}}. Gracias por la colaboración.',
        variants: [],
      },
    ],
  },
  hoax: {
    name: 'Bulo o desinformación',
    scenario: 'Circula por redes o mensajería una información falsa sobre el ayuntamiento, un servicio o una emergencia.',
    criticalTopics: ['Salud y seguridad', 'Ayudas, multas o trámites falsos', 'Mensajes que suplantan al ayuntamiento'],
    attackers: [
      { who: 'Cuentas anónimas o interesadas', grounds: 'Buscan alarma, clics o desgaste político.' },
      { who: 'Vecinos de buena fe', grounds: 'Reenvían el bulo pensando que ayudan.' },
    ],
    triggers: ['Capturas del bulo enviadas por vecinos', 'Preguntas repetidas sobre algo que no es cierto', 'Medios que preguntan por el rumor'],
    severities: levels(
      ['Poca difusión y sin riesgo', 120, 480],
      ['Se comparte mucho o afecta a un trámite', 60, 240],
      ['Pone en riesgo la salud o la seguridad', 20, 60],
    ),
    checklist: [
      { fact: 'Qué dice exactamente el bulo (guardar captura)', confirmWith: 'Responsable de redes sociales' },
      { fact: 'Cuál es la información correcta', confirmWith: 'Área municipal responsable' },
      { fact: 'Dónde se puede consultar la fuente oficial', confirmWith: 'Área municipal responsable' },
    ],
    responders: team('Área municipal afectada'),
    steps: [
      'Guardar capturas del bulo con fecha y hora.',
      'Confirmar la información correcta con el área responsable.',
      'Publicar el desmentido con la información correcta, sin repetir el bulo en el titular.',
      'Responder a quien pregunte enlazando el desmentido.',
      'Vigilar si reaparece y avisar a las otras administraciones implicadas.',
    ],
    dos: ['Empezar por lo verdadero, no por lo falso.', 'Enlazar a la fuente oficial.'],
    donts: ['No reproducir la imagen del bulo sin marcarla como falsa.', 'No atacar a quien lo compartió.'],
    keywords: ['bulo', 'falso', 'es mentira', 'cadena de whatsapp', 'multa', 'estafa'],
    statements: [
      {
        key: 'first',
        title: 'Desmentido',
        text: 'INFORMACIÓN OFICIAL | Sobre {{service}}: {{detail}}. El mensaje que circula no es del ayuntamiento. La información oficial está en {{web}}. Se ruega no reenviar mensajes sin confirmar.',
        variants: [{ network: 'x', text: 'INFORMACIÓN OFICIAL | Sobre {{service}}: {{detail}}. El mensaje que circula no es nuestro. Fuente oficial: {{web}}.' }],
      },
    ],
  },
  hijack: {
    name: 'Cuenta robada o suplantada',
    scenario: 'Alguien entra en una cuenta oficial del ayuntamiento o abre un perfil que se hace pasar por ella.',
    criticalTopics: ['Mensajes publicados sin autorización', 'Datos o dinero pedidos a la ciudadanía', 'Recuperar el control de la cuenta'],
    attackers: [
      { who: 'Estafadores', grounds: 'Piden datos, pagos o pinchar enlaces.' },
      { who: 'Críticos del gobierno municipal', grounds: 'Aprovechan para cuestionar la seguridad.' },
    ],
    triggers: ['No se puede iniciar sesión', 'Publicaciones que nadie del equipo ha hecho', 'Vecinos que avisan de un perfil parecido'],
    severities: levels(
      ['Perfil falso con poca actividad', 120, 480],
      ['Perfil falso activo o acceso sospechoso', 30, 120],
      ['Cuenta oficial en manos de terceros', 15, 60],
    ),
    checklist: [
      { fact: 'Qué cuenta está afectada y desde cuándo', confirmWith: 'Responsable de la cuenta' },
      { fact: 'Si se han publicado o enviado mensajes fraudulentos', confirmWith: 'Responsable de redes sociales' },
      { fact: 'Denuncia a la red social y, si procede, a la policía', confirmWith: 'Servicios jurídicos' },
    ],
    responders: team('Informática municipal'),
    steps: [
      'Intentar recuperar el acceso y cambiar contraseñas; activar la verificación en dos pasos.',
      'Denunciar el perfil falso o el acceso a la red social.',
      'Avisar desde las demás cuentas oficiales de cuál es la verdadera.',
      'Pedir a la ciudadanía que no pinche enlaces ni dé datos.',
      'Anunciar cuando se recupere el control.',
    ],
    dos: ['Decir con claridad cuál es la cuenta oficial.', 'Revisar después quién tiene acceso y cómo se guardan las claves.'],
    donts: ['No interactuar con la cuenta falsa.', 'No borrar pruebas antes de denunciar.'],
    keywords: ['cuenta falsa', 'hackeo', 'suplantación', 'perfil falso', 'estafa'],
    statements: [
      {
        key: 'first',
        title: 'Aviso de suplantación',
        text: 'AVISO | Desde las {{time}}, la cuenta {{account}} no está bajo nuestro control o está siendo suplantada. No pulse sus enlaces ni facilite datos. Las cuentas oficiales del ayuntamiento figuran en {{web}}. Informaremos cuando esté resuelto.',
        variants: [{ network: 'x', text: 'AVISO | La cuenta {{account}} no está bajo nuestro control desde las {{time}}. No pulse sus enlaces ni facilite datos. Cuentas oficiales en {{web}}.' }],
      },
    ],
  },
  statement: {
    name: 'Polémica por unas declaraciones',
    scenario: 'Unas palabras de un cargo público generan críticas, se sacan de contexto o se viralizan.',
    criticalTopics: ['Qué se dijo exactamente y en qué contexto', 'Colectivos que se sienten ofendidos', 'Rectificación o disculpa'],
    attackers: [
      { who: 'Colectivos aludidos', grounds: 'Se sienten ofendidos o ignorados.' },
      { who: 'Oposición y medios', grounds: 'Piden explicaciones o dimisiones.' },
    ],
    triggers: ['Vídeo o cita que se comparte mucho', 'Peticiones de rectificación', 'Medios que piden valoración'],
    severities: levels(
      ['Críticas aisladas', 240, 1440],
      ['Difusión amplia o cobertura en medios', 120, 480],
      ['Tema del día con llamadas a movilizarse', 60, 240],
    ),
    checklist: [
      { fact: 'Transcripción literal y grabación completa', confirmWith: 'Gabinete de comunicación' },
      { fact: 'Posición oficial (aclarar, rectificar o disculparse)', confirmWith: 'Alcaldía' },
    ],
    responders: [
      { duty: 'approves', role: 'Alcaldía', contactId: null },
      { duty: 'informs', role: 'Cargo que hizo las declaraciones', contactId: null },
      { duty: 'answers', role: 'Responsable de redes sociales', contactId: null },
    ],
    steps: [
      'Reunir la grabación completa y la transcripción.',
      'Acordar la posición con la alcaldía antes de responder a nadie.',
      'Publicar una sola declaración clara; no responder comentario a comentario.',
      'Moderar los insultos según las normas de participación publicadas.',
    ],
    dos: ['Ser breve y directo.', 'Si hay que disculparse, hacerlo sin condiciones.'],
    donts: ['No borrar críticas legítimas.', 'No entrar en discusiones personales.'],
    keywords: ['declaraciones', 'dimisión', 'vergüenza', 'polémica'],
    statements: [
      {
        key: 'first',
        title: 'Declaración',
        text: 'En relación con las palabras de {{official}} sobre {{service}}: {{detail}}. El ayuntamiento mantiene su compromiso con toda la ciudadanía. Para cualquier consulta: {{phone}}.',
        variants: [{ network: 'x', text: 'Sobre las palabras de {{official}} acerca de {{service}}: {{detail}}. Seguimos comprometidos con toda la ciudadanía.' }],
      },
    ],
  },
  dataleak: {
    name: 'Filtración de datos personales',
    scenario: 'Datos personales de vecinos (listados, expedientes, correos) quedan expuestos por error o por un ataque.',
    criticalTopics: ['Qué datos y de cuántas personas', 'Obligación de notificar a la autoridad de protección de datos', 'Qué deben hacer las personas afectadas'],
    attackers: [
      { who: 'Personas afectadas', grounds: 'Temor a fraudes y falta de información.' },
      { who: 'Oposición y asociaciones', grounds: 'Cuestionan la seguridad de los sistemas.' },
    ],
    triggers: ['Aviso del delegado de protección de datos', 'Documento con datos personales publicado', 'Vecinos que reciben correos sospechosos'],
    severities: levels(
      ['Pocas personas y datos poco sensibles', 240, 1440],
      ['Muchas personas o datos de contacto', 60, 480],
      ['Datos sensibles (salud, menores, bancarios)', 30, 240],
    ),
    checklist: [
      { fact: 'Qué datos se han expuesto y desde cuándo', confirmWith: 'Delegado de protección de datos' },
      { fact: 'Si la exposición ya está cortada', confirmWith: 'Informática municipal' },
      { fact: 'Si se ha notificado a la autoridad de protección de datos', confirmWith: 'Secretaría municipal' },
    ],
    responders: team('Delegado de protección de datos'),
    steps: [
      'Cortar la exposición antes de comunicar.',
      'Acordar el mensaje con el delegado de protección de datos.',
      'Contactar primero con las personas afectadas si es posible.',
      'Publicar qué ha pasado, qué se ha hecho y qué deben hacer.',
      'Habilitar un teléfono o correo para consultas.',
    ],
    dos: ['Explicar pasos concretos de protección.', 'Reconocer el error si lo hubo.'],
    donts: ['No minimizar el problema.', 'No volver a publicar ninguno de los datos expuestos.'],
    keywords: ['datos personales', 'filtración', 'protección de datos', 'mis datos'],
    statements: [
      {
        key: 'first',
        title: 'Comunicado',
        text: 'COMUNICADO | A las {{time}} detectamos que datos de {{affected}} relacionados con {{service}} quedaron expuestos. Ya hemos cortado el acceso y lo hemos comunicado a la autoridad de protección de datos. {{advice}}. Consultas: {{phone}}.',
        variants: [{ network: 'x', text: 'COMUNICADO | A las {{time}} detectamos la exposición de datos de {{affected}} ({{service}}). Acceso cortado y notificado. {{advice}}. Consultas: {{phone}}.' }],
      },
    ],
  },
  health: {
    name: 'Alerta sanitaria',
    scenario: 'Un brote, una intoxicación, una ola de calor o un problema con el agua de consumo exige avisar a la población.',
    criticalTopics: ['Qué debe hacer la gente', 'Colectivos de riesgo', 'Coordinación con la autoridad sanitaria'],
    attackers: [
      { who: 'Personas preocupadas', grounds: 'Falta de información o mensajes contradictorios.' },
      { who: 'Difusores de remedios falsos', grounds: 'Aprovechan el miedo.' },
    ],
    triggers: ['Comunicación de la autoridad sanitaria', 'Varios casos en un mismo lugar', 'Aviso de calor extremo'],
    severities: levels(
      ['Recomendaciones preventivas', 120, 720],
      ['Medidas obligatorias en una zona', 60, 240],
      ['Riesgo grave e inmediato', 20, 120],
    ),
    checklist: [
      { fact: 'Qué ha comunicado la autoridad sanitaria', confirmWith: 'Centro de salud o consejería' },
      { fact: 'Zona y colectivos afectados', confirmWith: 'Autoridad sanitaria' },
      { fact: 'Recomendaciones exactas', confirmWith: 'Autoridad sanitaria' },
    ],
    responders: team('Autoridad sanitaria'),
    steps: [
      'Confirmar el mensaje con la autoridad sanitaria y usar sus palabras.',
      'Publicar las recomendaciones en lenguaje sencillo.',
      'Llegar a los colectivos de riesgo también fuera de las redes (carteles, llamadas).',
      'Actualizar cuando cambien las medidas.',
    ],
    dos: ['Enlazar a la fuente sanitaria oficial.', 'Dar teléfonos de atención.'],
    donts: ['No dar consejos médicos propios.', 'No señalar a personas o establecimientos sin confirmación oficial.'],
    keywords: ['brote', 'intoxicación', 'ola de calor', 'agua no potable', 'alerta sanitaria'],
    statements: [
      {
        key: 'first',
        title: 'Aviso sanitario',
        text: 'AVISO SANITARIO | Siguiendo las indicaciones de la autoridad sanitaria, en {{place}}: {{advice}}. Afecta a {{affected}}. Si tiene síntomas, llame a su centro de salud o al {{phone}}. Próxima información: {{next_update}}.',
        variants: [{ network: 'x', text: 'AVISO SANITARIO | {{place}}: {{advice}}. Afecta a {{affected}}. Síntomas: llame al {{phone}}. Próxima información: {{next_update}}.' }],
      },
    ],
  },
};
