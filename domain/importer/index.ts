// Plan documents (text, or paragraphs and tables read from .docx/.pdf by the client) into draft
// plan files. Pure: no Node built-ins, no clock; the caller passes the file's content and today.
export * from './agency-matcher';
export * from './deadline-phrases';
export * from './document-blocks';
export * from './import-plan-document';
export * from './import-registry';
export * from './summarise-import';
export * from './vietnamese-text';
