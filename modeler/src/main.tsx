import { render } from 'preact';
import { App } from './app/app.tsx';
import { currentPath, matchPath } from './app/router.ts';
import { routes } from './app/routes.ts';
import { loadSession } from './app/session.ts';
import { language } from './i18n/i18n.ts';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';

document.documentElement.lang = language.value;
void loadSession();
// The opened page's code loads while the server says who is signed in, not after it: the page
// shows one round trip sooner (its chunk is then already there when the page asks for it).
void routes
  .find((route) => matchPath(route.pattern, currentPath()))
  ?.load()
  .catch(() => undefined);
render(<App />, document.getElementById('app')!);
