import { render } from 'preact';
import { App } from './app/app.tsx';
import { loadSession } from './app/session.ts';
import { language } from './i18n/i18n.ts';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';

document.documentElement.lang = language.value;
void loadSession();
render(<App />, document.getElementById('app')!);
