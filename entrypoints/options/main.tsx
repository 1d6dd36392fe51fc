import { render } from 'preact';
import { parseExportOffThread } from '../../lib/import/offthread';
import { createMessagingApi } from '../../lib/ui/api';
import { Options } from '../../lib/ui/options/Options';
import '../../lib/ui/styles.css';

render(<Options api={createMessagingApi()} parseExport={parseExportOffThread} />, document.getElementById('app')!);
