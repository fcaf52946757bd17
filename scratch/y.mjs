import yargs from 'yargs';
const p = yargs().exitProcess(false).strict().command('run <file>', 'r', (y) => y.option('target', {type:'string'}).option('tuning-db',{type:'string'})).command('check <file>','c').demandCommand(1,'give').recommendCommands();
p.parse(['run','x','--trget','w', '--tuning-dbb', 'q'], {}, (err, argv, out) => { console.log(err?.message, Object.keys(p.getOptions().key), argv); });
p.parse(['runn','x'], {}, (err, argv, out) => { console.log('2', err?.message, out); });
p.parse([], {}, (err, argv, out) => { console.log('3', err?.message, '|', out); });
