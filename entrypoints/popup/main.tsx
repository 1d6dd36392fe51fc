import { render } from 'preact'; render(<p>Reverie</p>, document.getElementById('app')!);
