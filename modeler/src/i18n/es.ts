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

  'list.error.title': 'No se ha podido cargar esta lista',
  'list.count': { one: '{count} elemento', other: '{count} elementos' },

  'errors.network': 'No se puede contactar con el servidor. Revisa la conexión y reinténtalo.',
  'errors.unknown': 'El servidor ha rechazado la petición ({code}).',
  'errors.internal-error': 'Algo ha fallado en el servidor (petición {requestId}).',
  'errors.invalid-credentials': 'Usuario desconocido o contraseña incorrecta.',
  'errors.authentication-required': 'Inicia sesión para continuar.',
  'errors.forbidden': 'Tu rol no permite esta acción (requiere {requiredRole}).',
  'errors.validation-failed': 'Revisa el campo {field}.',
  'errors.route-not-found': 'Esta dirección no existe en el servidor.',
  'errors.payload-too-large': 'El archivo es demasiado grande.',
};
