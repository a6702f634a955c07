// The draft pane's stylesheets, in the order its modules import them. Its code loads after the first
// precedents (see App.tsx), but its styles stay in the window's stylesheet, where they always sat in
// the cascade: before the base styles, which win over them where both set the same property.
import '../negotiation/negotiation.css';
import '../editor/draftEditor.css';
import '../sync/sync.css';
import './draftPane.css';
