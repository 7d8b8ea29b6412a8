#!/usr/bin/env node
'use strict'
// Entry of the `copil` command. The bundled CLI needs Node 22+ (better-sqlite3 13 crashes on 20).
const major = Number(process.versions.node.split('.')[0])
if (major < 22) {
  console.error(`Copil nécessite Node 22 ou plus récent (version actuelle : ${process.versions.node}). Lancez-le avec « npx copil » depuis le dossier du projet.`)
  process.exit(1)
}
const path = require('node:path')
const fs = require('node:fs')
const cli = path.join(__dirname, '..', 'dist', 'main', 'cli.cjs')
if (!fs.existsSync(cli)) {
  console.error('Copil n’est pas encore construit : lancez « npm run build » puis réessayez.')
  process.exit(1)
}
require(cli)
