import { render } from 'preact';
render(<p>Kindred</p>, document.getElementById('app')!);
