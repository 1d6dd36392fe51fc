import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createMessagingApi } from '../../lib/ui/api';
import { Welcome } from '../../lib/ui/welcome/Welcome';
import '../../lib/ui/styles.css';

render(<Welcome api={createMessagingApi()} optionsUrl={browser.runtime.getURL('/options.html')} />, document.getElementById('app')!);
