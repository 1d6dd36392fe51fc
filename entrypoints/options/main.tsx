import { render } from 'preact';
import { parseExport } from '../../lib/import/index';
import { createMessagingApi } from '../../lib/ui/api';
import { Options } from '../../lib/ui/options/Options';
import '../../lib/ui/styles.css';

render(<Options api={createMessagingApi()} parseExport={parseExport} />, document.getElementById('app')!);
