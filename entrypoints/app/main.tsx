import { render } from 'preact';
import { AppPage } from './AppPage';
import '@/components/theme.css';
import './app.css';

render(<AppPage />, document.getElementById('app')!);
