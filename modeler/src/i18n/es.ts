import type { Catalogue } from './catalogue.ts';

/** Mensajes en español. Las mismas claves que `en.ts`. */
export const es: Catalogue = {
  'app.name': 'Promesa',
  'app.skipToContent': 'Saltar al contenido',
  'app.loading': 'Cargando…',
  'app.retry': 'Reintentar',

  'language.label': 'Idioma',
  'language.es': 'Español',
  'language.en': 'English',

  'nav.main': 'Principal',
  'nav.tasks': 'Tareas',
  'nav.processes': 'Procesos',
  'nav.modeler': 'Modelador',
  'nav.deployments': 'Despliegues',
  'nav.incidents': 'Incidencias',
  'nav.signOut': 'Cerrar sesión',
  'nav.account': 'Sesión de {username}',

  'role.staff': 'Personal',
  'role.supervisor': 'Supervisor',
  'role.analyst': 'Analista',
  'role.developer': 'Desarrollador',
  'role.admin': 'Administrador',

  'signIn.title': 'Inicia sesión en Promesa',
  'signIn.subtitle': 'Cada petición de un cliente, atendida en el plazo prometido.',
  'signIn.username': 'Usuario',
  'signIn.password': 'Contraseña',
  'signIn.submit': 'Entrar',
  'signIn.submitting': 'Entrando…',
  'signIn.expired': 'Tu sesión ha terminado. Vuelve a entrar para seguir donde estabas.',
  'signIn.signedOut': 'Has cerrado la sesión.',

  'page.notFound.title': 'Página no encontrada',
  'page.notFound.body': 'No hay ninguna página en {path}.',
  'page.forbidden.title': 'No disponible para tu rol',
  'page.forbidden.body':
    'Esta página requiere el rol {required}. Has entrado como {username} ({role}). Pídeselo a un administrador si lo necesitas.',
  'page.home': 'Ir a tu página de inicio',

  'tasks.title': 'Tareas',
  'tasks.subtitle': 'Trabajo pendiente para ti y tus grupos',
  'tasks.empty.title': 'No hay tareas abiertas',
  'tasks.empty.body':
    'Las tareas para ti o tus grupos aparecen aquí en cuanto un proceso llega a ellas.',
  'tasks.column.task': 'Tarea',
  'tasks.column.process': 'Proceso',
  'tasks.column.assignee': 'Responsable',
  'tasks.column.created': 'Creada',
  'tasks.column.due': 'Vence',
  'tasks.unassigned': 'Sin asignar',

  'sla.on-time': 'En plazo',
  'sla.at-risk': 'En riesgo',
  'sla.breached': 'Incumplido',
  'sla.met': 'Cumplido',
  'sla.cancelled': 'Cancelado',
  'sla.none': 'Sin SLA',

  'processes.title': 'Procesos',
  'processes.subtitle': 'Cada proceso desplegado, con sus versiones y su trabajo',
  'processes.new': 'Nuevo diagrama',
  'processes.empty.title': 'Todavía no hay procesos desplegados',
  'processes.empty.body':
    'Dibuja uno en el modelador y despliégalo, o despliega un archivo .bpmn desde la línea de comandos.',
  'processes.column.process': 'Proceso',
  'processes.column.version': 'Versión',
  'processes.column.deployed': 'Desplegado',
  'processes.column.running': 'En curso',
  'processes.column.finished': 'Terminadas',
  'processes.column.warnings': 'Validador',
  'processes.version': 'v{version}',
  'processes.versions': { one: '{count} versión', other: '{count} versiones' },
  'processes.by': 'por {user}',
  'processes.byServer': 'desde archivos del servidor',
  'processes.warnings': { one: '{count} aviso', other: '{count} avisos' },
  'processes.noWarnings': 'Sin avisos',

  'process.notFound': 'Este proceso no está desplegado',
  'process.openInModeler': 'Abrir en el modelador',
  'process.versions': 'Versiones',
  'process.warnings': 'Avisos del validador',
  'process.noWarnings': 'El validador no ha encontrado nada que avisar.',
  'process.diagram': 'Diagrama',
  'process.diagramFailed': 'No se ha podido dibujar el diagrama',
  'process.noDrawing': 'Esta versión no tiene dibujo',
  'process.noDrawingBody':
    'Su archivo contiene el proceso sin su diagrama (BPMN DI), así que no hay nada que dibujar.',
  'process.legend.completed': 'Completadas',
  'process.legend.waiting': 'Esperando ahora',
  'process.touchpoint': 'Punto de contacto',
  'process.stage': 'Etapa',

  'modeler.title': 'Modelador',
  'modeler.untitled': 'Nueva petición de cliente',
  'modeler.new': 'Nuevo',
  'modeler.open': 'Abrir archivo',
  'modeler.downloadBpmn': 'Descargar .bpmn',
  'modeler.downloadSvg': 'Descargar .svg',
  'modeler.undo': 'Deshacer',
  'modeler.redo': 'Rehacer',
  'modeler.simulate': 'Simular',
  'modeler.stopSimulation': 'Dejar de simular',
  'modeler.deploy': 'Desplegar',
  'modeler.deploying': 'Comprobando y desplegando…',
  'modeler.deployNeedsDeveloper': 'Desplegar requiere el rol de desarrollador',
  'modeler.dropHint': 'Suelta un archivo .bpmn para abrirlo',
  'modeler.importFailed': 'No se ha podido abrir el diagrama: {reason}',
  'modeler.importWarnings': {
    one: 'Abierto con {count} aviso',
    other: 'Abierto con {count} avisos',
  },
  'modeler.problems': 'Problemas',
  'modeler.noProblems': 'El servidor no ha encontrado problemas.',
  'modeler.blocked': {
    one: 'El despliegue está bloqueado por {count} error',
    other: 'El despliegue está bloqueado por {count} errores',
  },
  'modeler.deployed': 'Desplegado {process}, versión {version}.',
  'modeler.startInstance': 'Iniciar una instancia',
  'modeler.businessKey': 'Clave de negocio (el cliente, por ejemplo)',
  'modeler.variables': 'Variables (JSON)',
  'modeler.start': 'Iniciar',
  'modeler.started': 'Instancia {id} iniciada; espera en {elements}.',
  'modeler.variablesInvalid': 'Las variables deben ser un objeto JSON.',
  'modeler.drafts': 'Borradores',
  'modeler.noDrafts': 'Aún no hay borradores: cada cambio se guarda en uno.',
  'modeler.deleteDraft': 'Borrar el borrador {name}',
  'modeler.saving': 'Guardando…',
  'modeler.saved': 'Guardado',
  'modeler.notSaved': 'Sin guardar',
  'modeler.saveFailed':
    'Tus cambios aún no están guardados: {reason} Se volverá a intentar en un momento.',
  'modeler.draftConflict':
    'Este borrador se guardó en otra pestaña o en otro equipo ({savedAt}, versión {version}) después de abrirlo aquí. Tus cambios de aquí no se han guardado y no se ha sobrescrito nada.',
  'modeler.openSaved': 'Abrir la versión guardada',
  'modeler.saveAsNew': 'Guardar los míos como borrador nuevo',
  'modeler.canvas': 'Lienzo del diagrama',
  'modeler.properties': 'Propiedades',
  'modeler.templatePool': 'Atención al cliente',
  'modeler.templateFront': 'Front office',
  'modeler.templateBack': 'Back office',
  'modeler.templateSupervisor': 'Supervisión',
  'modeler.templateReceived': 'Petición recibida',
  'modeler.templateAnswer': 'Responder al cliente',
  'modeler.templateAnswered': 'Petición respondida',

  'promesa.group': 'Promesa',
  'promesa.sla': 'SLA (vencimiento)',
  'promesa.sla.help':
    'El plazo prometido al cliente: PT3M, P1D o una fecha. Se escribe como camunda:dueDate.',
  'promesa.waitsOnCustomer': 'Espera al cliente',
  'promesa.waitsOnCustomer.help':
    'Mientras un token espera aquí, todos los relojes de SLA de la instancia se detienen.',
  'promesa.calendar': 'Calendario laboral',
  'promesa.calendar.help':
    'Cuenta las duraciones en horario laboral con este calendario del servidor.',
  'promesa.touchpoint': 'Punto de contacto',
  'promesa.touchpoint.help':
    'Dónde se encuentra aquí el cliente con la empresa (teléfono, chat, oficina…).',
  'promesa.stage': 'Etapa del ciclo de vida',
  'promesa.stage.help': 'La etapa del ciclo de vida del cliente a la que pertenece este paso.',

  'lint.userTaskPerformer':
    'Nadie puede ver esta tarea: asígnale un responsable, candidatos o un carril.',
  'lint.timerMissing': 'Este temporizador no tiene definición.',
  'lint.timerUnparsable':
    'El temporizador "{value}" no se puede programar: usa PT3M, una fecha o R3/PT10M.',
  'lint.refusedElement': 'Promesa no puede ejecutar un {type}.',
  'lint.gatewayWithoutDefault':
    'Esta compuerta decide por condiciones pero no tiene flujo por defecto.',
  'lint.summary': '{errors}, {warnings}',
  'lint.errors': { one: '{count} error', other: '{count} errores' },
  'lint.warnings': { one: '{count} aviso', other: '{count} avisos' },
  'lint.noIssues': 'Sin problemas',

  'list.error.title': 'No se ha podido cargar esta lista',
  'list.count': { one: '{count} elemento', other: '{count} elementos' },

  'errors.network': 'No se puede contactar con el servidor. Revisa la conexión y reinténtalo.',
  'errors.unknown': 'El servidor ha rechazado la petición ({code}).',
  'errors.internal-error': 'Algo ha fallado en el servidor (petición {requestId}).',
  'errors.invalid-credentials': 'Usuario desconocido o contraseña incorrecta.',
  'errors.authentication-required': 'Inicia sesión para continuar.',
  'errors.forbidden': 'Tu rol no permite esta acción (requiere {requiredRole}).',
  'errors.validation-failed': 'Revisa el campo «{field}»: el servidor no lo ha aceptado.',
  'errors.route-not-found': 'Esta dirección no existe en el servidor.',
  'errors.payload-too-large': 'El archivo es demasiado grande.',
  'errors.too-many-attempts':
    'Demasiados intentos fallidos: vuelve a intentarlo dentro de {retryAfterSeconds} s.',
  'errors.cross-origin-request': 'Esta petición venía de otro sitio y se ha rechazado.',
  'errors.json-too-deep':
    'Los datos se anidan a más profundidad de la que acepta el servidor ({limit} niveles).',
  'errors.forbidden-key': 'Los datos usan un nombre que el servidor no acepta (__proto__).',
  'errors.definition-not-found': 'Esta versión del proceso no existe (o ya no existe).',
  'errors.instance-not-found': 'Esta instancia no existe (o ya no existe).',
  'errors.variable-too-deep':
    'La variable {field} se anida a más profundidad de la que acepta el servidor ({limit} niveles).',
  'errors.variable-too-large':
    'La variable {field} es más grande de lo que acepta el servidor ({limit} caracteres).',
  'errors.invalid-variable-name': 'El nombre de variable {field} no está permitido.',
  'errors.invalid-model': 'El servidor ha rechazado el diagrama: revisa los problemas de la lista.',
  'errors.malformed-xml': 'El diagrama no es un XML bien formado.',
  'errors.not-bpmn': 'El archivo no es un diagrama BPMN.',
  'errors.model-too-large': 'El diagrama es más grande de lo que acepta el servidor.',
  'errors.draft-not-found': 'Este borrador no existe o no es tuyo.',
  'errors.draft-version-conflict':
    'Este borrador se guardó en otro lugar como versión {version} ({savedAt}); este cambio no se ha guardado.',

  // Developers' pages: deployments and incidents.
  'deployments.title': 'Despliegues',
  'deployments.subtitle':
    'Cada despliegue, del más reciente al más antiguo, con las versiones que creó',
  'deployments.deployFile': 'Desplegar un archivo',
  'deployments.empty': 'Todavía no se ha desplegado nada',
  'deployments.column.file': 'Archivo',
  'deployments.column.versions': 'Versiones',
  'deployments.column.deployed': 'Desplegado',
  'deployments.blocked': {
    one: '{file} no se ha desplegado: {count} error',
    other: '{file} no se ha desplegado: {count} errores',
  },
  'incidents.title': 'Incidencias',
  'incidents.subtitle': 'Donde el trabajo se ha detenido por un error y espera a un desarrollador',
  'incidents.empty.title': 'No hay incidencias abiertas',
  'incidents.empty.body': 'Todas las instancias están en curso o han terminado.',
  'incidents.column.where': 'Elemento e instancia',
  'incidents.column.kind': 'Tipo',
  'incidents.column.message': 'Error',
  'incidents.column.since': 'Desde',
  'incidents.column.actions': 'Acciones',
  'incidents.type.failedJob': 'Trabajo fallido',
  'incidents.type.failedExternalTask': 'Tarea externa sin reintentos',
  'incidents.type.expression': 'Expresión fallida',
  'incidents.type.unhandledError': 'Error no capturado',
  'incidents.retry': 'Reintentar',
  // The validator's problems by their `code`; the element and line are shown beside them.
  'problems.invalid-timer':
    'El temporizador no se puede programar: usa una duración como PT5M, una fecha y hora o un ciclo como R3/PT10M.',
  'problems.timer-cycle-too-short':
    'El ciclo del temporizador se repite más a menudo de lo que este servidor permite.',
  'problems.invalid-due-date':
    'La fecha de vencimiento no es ni una duración como PT3M ni una fecha y hora.',
  'problems.invalid-follow-up-date':
    'La fecha de seguimiento no es ni una duración como PT3M ni una fecha y hora.',
  'problems.invalid-priority': 'La prioridad no es un número.',
  'problems.invalid-expression': 'Debe ser una expresión: ${…} o =….',
  'problems.invalid-condition': 'La condición está vacía o no es una expresión (${…} o =…).',
  'problems.javascript-disabled': 'Usa JavaScript, que está desactivado en este servidor.',
  'problems.unsupported-expression-language':
    'La condición está escrita en un lenguaje que Promesa no ejecuta.',
  'problems.unsupported-io-mapping':
    'Esta entrada o salida es un script que Promesa no puede usar como asignación.',
  'problems.unsupported-java-delegate':
    'Promesa no ejecuta clases Java: usa una tarea externa o una expresión.',
  'problems.unsupported-connector':
    'Promesa no ejecuta conectores de Camunda: usa una tarea externa.',
  'problems.unsupported-decision': 'Promesa no evalúa decisiones DMN.',
  'problems.unsupported-service-type':
    'Solo se admiten tareas de servicio externas (camunda:type="external").',
  'problems.missing-topic': 'Una tarea externa necesita un tema (topic).',
  'problems.no-implementation':
    'Sin implementación: espera a un trabajador externo en un tema con el nombre de su id.',
  'problems.unsupported-script-format':
    'El script no tiene un formato que Promesa ejecute, o se carga de un recurso.',
  'problems.missing-script': 'El script está vacío.',
  'problems.unsupported-element': 'Promesa no puede ejecutar este tipo de elemento.',
  'problems.missing-called-element': 'La actividad de llamada no indica qué proceso llama.',
  'problems.missing-called-element-version':
    'La actividad de llamada se ata a una versión, pero no indica cuál.',
  'problems.unsupported-called-element-binding':
    'La actividad de llamada elige su proceso de una forma que Promesa no admite.',
  'problems.invalid-multi-instance':
    'La multiinstancia necesita una cardinalidad entera, una expresión o una colección.',
  'problems.unreachable-node':
    'Nada lleva hasta aquí: ningún evento de inicio, de borde ni subproceso de evento lo alcanza.',
  'problems.no-start-event': 'No hay evento de inicio.',
  'problems.multiple-none-start-events':
    'Hay más de un evento de inicio simple; debe haber exactamente uno.',
  'problems.invalid-event-subprocess-start':
    'Un subproceso de evento necesita exactamente un evento de inicio con disparador.',
  'problems.invalid-subprocess-start':
    'Un subproceso necesita exactamente un evento de inicio sin disparador.',
  'problems.missing-flow-target': 'Al flujo de secuencia le falta el origen o el destino.',
  'problems.flow-crosses-scope': 'El flujo de secuencia cruza el borde de un subproceso.',
  'problems.invalid-default-flow': 'El flujo por defecto no es uno de sus flujos de salida.',
  'problems.invalid-boundary-event': 'El evento de borde no está sujeto a una actividad.',
  'problems.invalid-distribution':
    'La distribución no nombra una política que Promesa conozca: round-robin, least-busy o claim.',
  'problems.gateway-without-default':
    'La compuerta tiene condiciones pero no flujo por defecto: falla cuando no se cumple ninguna.',
  'problems.unmatched-link': 'Ningún evento de enlace con el mismo nombre recoge este.',
  'problems.ignored-listener': 'Promesa ignora los escuchadores de Camunda.',
  'problems.id-whitespace': 'El id tiene espacios alrededor; se quitan.',
  'problems.unresolved-reference': 'Hace referencia a un elemento que no existe.',
  'problems.duplicate-id': 'El id lo usa más de un elemento.',
  'problems.invalid-id':
    'El id no es un nombre XML válido: empieza por una letra o _, y sigue con letras, dígitos, - . _',
  'problems.unknown-element': 'Se ha ignorado un elemento que Promesa no conoce.',
  'problems.parser-warning': 'El lector de XML ha avisado sobre este punto.',
  'problems.malformed-xml': 'El XML está mal formado.',
  'problems.not-bpmn': 'Este archivo no es un diagrama BPMN.',
  'problems.no-executable-process':
    'Ningún proceso de este archivo es ejecutable (isExecutable="true").',
  'problems.doctype-not-allowed': 'El archivo declara un DOCTYPE, que no está permitido.',
  'problems.nesting-too-deep': 'El XML anida los elementos a demasiada profundidad.',
  'problems.model-too-large': 'El archivo es más grande de lo que este servidor acepta.',
  'problems.too-many-elements': 'El diagrama tiene más elementos de los que este servidor acepta.',
  'problems.too-many-processes':
    'El archivo contiene más procesos de los que este servidor acepta.',
};
