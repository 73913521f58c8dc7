"""w48 Portuguese fragments: Brazil (BR) and Portugal (PT)."""

import copy

BR = {
    "lang": "pt", "variant": "br",
    "S": {
        "fbreq": [
            "Você poderia me dar um feedback sobre a minha entrevista?",
            "Se for possível, gostaria muito de receber um retorno sobre os pontos que posso melhorar.",
            "Teria como me passar algum feedback da banca?",
            "Desculpa incomodar de novo, mas vocês conseguem me dizer onde eu deixei a desejar?",
            "Queria entender o que pesou na decisão, para me preparar melhor nas próximas seleções.",
            "Poderia me contar como foi minha avaliação no teste técnico?",
            "oi! consegue me mandar um feedback rapidinho? queria saber o que melhorar",
            "Gostaria de solicitar, gentilmente, um feedback sobre meu desempenho no processo seletivo.",
            "Vocês teriam alguma dica para minhas próximas candidaturas?",
            "Qual foi o principal ponto que faltou no meu perfil para essa vaga?",
            "Seria possível conversarmos 10 minutinhos para eu ouvir o feedback do gestor?",
            "Fiquei curiosa sobre a etapa do case: o que poderia ter sido diferente na minha apresentação?",
            "Qualquer comentário sobre a dinâmica em grupo já me ajudaria bastante.",
            "Peço desculpas pela insistência, mas um retorno sobre a entrevista técnica seria muito valioso pra mim.",
        ],
        "rejreply": ["Obrigado pelo retorno e boa sorte com a contratação!",
                     "Entendo perfeitamente, fico à disposição para futuras oportunidades.",
                     "Tudo bem, agradeço a transparência de vocês."],
        "thanks": ["Muito obrigada pela conversa de hoje, adorei conhecer o time.",
                   "Queria agradecer pela entrevista de ontem para a vaga de {role}.",
                   "Obrigado pelo tempo dedicado à nossa conversa, saí ainda mais animado com a vaga."],
        "chase": ["Gostaria de saber se já há alguma novidade sobre o processo.",
                  "oi, tudo bem? alguma atualização sobre a vaga?",
                  "Passando para saber em que etapa está minha candidatura."],
        "withdraw": ["Gostaria de retirar minha candidatura, pois aceitei outra proposta.",
                     "Venho informar que não darei continuidade ao processo seletivo."],
        "accept": ["Fico muito feliz em aceitar a proposta!", "Confirmo o aceite da proposta para a vaga de {role}."],
        "decline": ["Depois de pensar bastante, decidi não aceitar a proposta.",
                    "Infelizmente vou recusar a oferta, optei por outra oportunidade."],
        "resched": ["Seria possível remarcar a entrevista para {when}?", "Tive um imprevisto, podemos mudar o horário da entrevista?"],
        "confirm": ["Confirmo minha presença na entrevista de {when}.", "Perfeito, {when} funciona pra mim."],
        "docs_apply": ["Segue em anexo meu currículo para a vaga de {role}.", "Envio minha candidatura para a vaga de {role}, com currículo e portfólio."],
        "docs_req": ["Conforme solicitado, seguem em anexo os documentos para admissão.", "Segue a cópia do diploma e do RG."],
        "cvadvice": ["Você teria um tempinho pra dar uma olhada no meu currículo?", "Queria sua opinião sincera sobre meu LinkedIn antes de mandar mais candidaturas."],
        "referral": ["Vi que a {co} abriu uma vaga de {role}, você toparia me indicar?", "Será que você consegue passar meu currículo para o gestor da vaga?"],
        "recruiter": ["Obrigado pelo contato, tenho interesse sim em conversar.", "Agradeço a lembrança, mas no momento não estou buscando mudança."],
        "salary": ["Poderia me informar a faixa salarial da vaga?", "A vaga é remota ou híbrida?", "Quantas etapas ainda faltam no processo?"],
        "nonjob": ["Seria possível receber os pareceres sobre o meu projeto de bolsa?", "Gostaria de entender por que meu artigo não foi aceito no congresso."],
        "givefb": ["Segue meu feedback sobre a sua apresentação de hoje: ficou ótima, só faltou resumir os números.",
                   "Sobre o relatório: está bem escrito, mas precisa de mais dados antes de ir para o cliente."],
    },
    "S_extra": {"fbreq": ["Respeito totalmente a decisão.", "Sei que vocês estão ocupados, então sem pressa.", "Gostei muito do processo."],
                "chase": ["Continuo muito interessado na vaga."], "thanks": ["Fico no aguardo dos próximos passos."]},
    "R": {
        "fb": [
            ("O time achou seu código bem organizado, mas faltaram testes e tratamento de erros.", ["coding"]),
            ("Na etapa de arquitetura, sua proposta ficou superficial e não abordou escalabilidade.", ["system_design"]),
            ("Os avaliadores sentiram falta de exemplos concretos nas perguntas comportamentais.", ["behavioural"]),
            ("O gestor sentiu que você ainda precisa de mais experiência para o nível da vaga.", ["experience_level"]),
            ("Suas respostas foram um pouco longas e difíceis de acompanhar.", ["communication"]),
            ("Você pareceu bem nervoso no teste ao vivo, e isso atrapalhou o raciocínio.", ["composure"]),
            ("Seu currículo não destaca os projetos mais relevantes para a vaga.", ["cv_positioning"]),
            ("Faltou mostrar como você trabalha em equipe, quase todos os exemplos eram individuais.", ["collaboration"]),
            ("No final você não fez perguntas sobre o time, o que passou pouco interesse.", ["questions_to_ask"]),
            ("Seu conhecimento de banco de dados ficou abaixo do esperado em profundidade.", ["technical_depth"]),
            ("A banca gostou muito da sua comunicação e da sua postura.", []),
            ("O case foi bem estruturado, mas os números da análise tinham inconsistências.", ["technical_depth"]),
        ],
        "rej": [
            ("Infelizmente optamos por seguir com outro candidato.", []),
            ("Decidimos seguir com um perfil mais aderente à vaga.", ["closer_fit"]),
            ("A vaga foi preenchida internamente.", ["role_filled"]),
            ("A vaga foi congelada por questões de orçamento e não vamos dar continuidade.", ["budget_freeze"]),
            ("Estamos buscando alguém mais sênior neste momento, por isso não seguiremos com seu perfil.", ["level_mismatch"]),
            ("Gostamos muito de você, mas não vamos avançar com a sua candidatura.", []),
            ("A posição foi cancelada após uma reestruturação da área.", ["role_cancelled"]),
            ("Neste momento não vamos prosseguir com o seu processo.", []),
        ],
        "nofb": ["Infelizmente nossa política interna não permite compartilhar feedback individual.",
                 "Não conseguimos dar devolutivas individuais por causa do volume de candidatos.",
                 "Tivemos muitos candidatos fortes e não posso passar detalhes da avaliação.",
                 "Por orientação do jurídico, não compartilhamos as anotações dos entrevistadores."],
        "thanksonly": ["Obrigada pela mensagem, repassei ao time.", "Que bom que gostou da conversa! Foi um prazer.",
                       "Recebido, obrigado pelo carinho."],
        "invite": ["Gostaríamos de te convidar para a entrevista final com a diretoria.",
                   "Você passou para a próxima etapa! Pode escolher um horário neste link: https://agenda.exemplo/entrevista",
                   "Você tem disponibilidade {when} para um bate-papo com o gestor?",
                   "O próximo passo é um teste técnico online, que enviaremos ainda hoje.",
                   "Queremos marcar uma segunda entrevista com o time técnico."],
        "resinv": ["Sem problemas, podemos fazer {when}?", "Claro, remarquei a entrevista para {when}."],
        "offer": ["Temos o prazer de te oferecer a vaga de {role}!", "Queremos fazer uma proposta para você, segue a carta em anexo.",
                  "É com alegria que formalizamos a proposta para você se juntar à {co}."],
        "docack": ["Recebemos os documentos, obrigado!", "Documentos recebidos, tudo certo por aqui."],
        "appack": ["Confirmamos o recebimento da sua candidatura para a vaga de {role}.", "Sua candidatura foi recebida e será analisada pelo time."],
        "confirmok": ["Ótimo, nos vemos lá!", "Perfeito, obrigado por confirmar."],
        "withdrawok": ["Obrigado por avisar, boa sorte no novo desafio!"],
        "acceptok": ["Que notícia boa! Bem-vinda à {co}, o RH vai te mandar os próximos passos da admissão."],
        "declineok": ["Que pena, mas entendemos. Sucesso!"],
        "outreach": ["Vi seu perfil e acho que você combina com uma vaga de {role} aqui na {co}.",
                     "Tenho uma oportunidade de {role} que pode te interessar, vamos conversar?"],
    },
    "R_extra": ["Qualquer dúvida, estou à disposição.", "Obrigado pelo interesse na {co}.", "Desejo muito sucesso.", "Um abraço."],
    "fb_tail": ["Espero que ajude nas próximas oportunidades.", "Não desanime, foi uma decisão difícil."],
    "thanks_news": ["Obrigado pelo retorno.", "Agradeço por me avisar.", "Fiquei chateado, claro, mas obrigado pela resposta.",
                    "Obrigada pelo retorno sobre a vaga de {role}.", "valeu pelo retorno"],
    "open_s": ["Espero que esteja bem.", "Tudo bem?", "Bom dia!"],
    "open_r": ["Obrigada pela mensagem.", "Desculpe a demora para responder.", "Obrigado pelo contato."],
    "tail_s": ["Desde já, obrigado.", "Obrigada pela atenção."],
    "subj": {
        "fbreq": ["Feedback sobre minha entrevista", "Pedido de feedback - {role}", "Feedback do processo"],
        "rejreply": ["Obrigado"], "thanks": ["Obrigado pela entrevista", "Agradecimento"],
        "chase": ["Status da minha candidatura", "Processo seletivo - {role}"], "withdraw": ["Desistência do processo"],
        "accept": ["Aceite da proposta"], "decline": ["Proposta - {role}"], "resched": ["Remarcar entrevista"],
        "confirm": ["Confirmação de entrevista"], "docs_apply": ["Candidatura - {role}", "Currículo - vaga de {role}"],
        "docs_req": ["Documentos para admissão"], "cvadvice": ["me ajuda com o currículo?"], "referral": ["Indicação na {co}"],
        "recruiter": ["Oportunidade {role}"], "salary": ["Dúvida sobre a vaga"], "nonjob": ["Pareceres do projeto"],
        "givefb": ["Feedback da apresentação"],
        "rejmail": ["Retorno do processo seletivo", "Sua candidatura na {co}"], "invmail": ["Convite para entrevista"],
        "offermail": ["Proposta de trabalho - {co}"], "recmail": ["Oportunidade na {co}"],
    },
    "re": ["Re:", "RES:", "Res:", "RE:"],
    "greet_f": ["Prezada {n},", "Olá, {n}.", "Prezados,", "Boa tarde, {n}!"],
    "greet_c": ["Oi {n}!", "Oi, {n}, tudo bem?", "Olá {n},"],
    "greet_anon": ["Prezados,", "Olá, equipe de RH,"],
    "close_f": ["Atenciosamente,", "Att.,", "Cordialmente,"],
    "close_c": ["Abraços,", "Obrigado!", "Abs,", "Beijos,"],
    "phone_sig": ["Enviado do meu iPhone", "Enviado do meu Android"],
    "sig_extra": ["(11) 9{q}-{q}"],
    "titles": ["Analista de Recrutamento", "Tech Recruiter", "Gerente de Engenharia", "Business Partner de RH"],
    "slot": ["terça às 10h", "quinta-feira às 14h30", "segunda às 9h"],
    "roles": ["Analista de Dados", "Desenvolvedor Back-end", "Designer de Produto", "Analista Financeiro", "Coordenador de Marketing"],
    "first": ["Camila", "Rafael", "Juliana", "Thiago", "Larissa", "Gustavo", "Beatriz", "Lucas", "Fernanda", "Mateus"],
    "last": ["Souza", "Oliveira", "Santos", "Pereira", "Costa", "Almeida", "Ribeiro", "Carvalho", "Lima", "Araújo"],
    "companies": ["Ipê Tecnologia", "Banco Cerrado", "Maré Logística", "Jabuticaba Digital", "Saúde Paulista", "Rede Sabiá"],
    "tld": [".com.br"], "maildom": ["gmail.com", "hotmail.com", "uol.com.br"],
}

PT = copy.deepcopy(BR)
PT["variant"] = "pt"
PT["S"]["fbreq"] = [
    "Seria possível partilharem algum feedback sobre a minha entrevista?",
    "Gostaria de saber, se possível, em que aspetos posso melhorar.",
    "Agradecia imenso um comentário sobre o meu desempenho na prova técnica.",
    "Peço desculpa pelo incómodo, mas poderiam indicar-me o que faltou no meu perfil?",
    "Terão alguma sugestão para futuras candidaturas?",
    "Venho por este meio solicitar um feedback relativo ao processo de recrutamento.",
    "Podia dizer-me como correu a apresentação do caso, do ponto de vista do júri?",
    "olá, dá para me mandar um feedback rápido? obrigado",
    "Gostava muito de perceber o que pesou na decisão final.",
    "Qualquer observação dos entrevistadores seria muito útil para mim.",
    "Qual foi o ponto mais fraco da minha entrevista com a equipa técnica?",
]
PT["S"]["thanks"] = ["Muito obrigada pela conversa de hoje, gostei imenso de conhecer a equipa.",
                     "Queria agradecer a entrevista de ontem para a posição de {role}."]
PT["S"]["chase"] = ["Gostaria de saber se já existe alguma novidade sobre o processo.", "Há novidades relativamente à minha candidatura?"]
PT["S"]["cvadvice"] = ["Tens um bocadinho para ver o meu CV?", "Gostava da tua opinião sincera sobre o meu currículo."]
PT["S"]["referral"] = ["Vi que a {co} tem uma vaga de {role}, importavas-te de me recomendar?"]
PT["S"]["docs_req"] = ["Conforme pedido, seguem em anexo o certificado de habilitações e o cartão de cidadão."]
PT["R"]["fb"] = [
    ("A equipa achou o seu código organizado, mas faltaram testes.", ["coding"]),
    ("No exercício de arquitetura a proposta ficou pouco aprofundada.", ["system_design"]),
    ("Os entrevistadores sentiram falta de exemplos concretos nas respostas comportamentais.", ["behavioural"]),
    ("Achámos que ainda lhe falta experiência em gestão de equipas para este nível.", ["experience_level"]),
    ("As respostas foram por vezes confusas e pouco estruturadas.", ["communication"]),
    ("Notou-se algum nervosismo na prova ao vivo.", ["composure"]),
    ("O seu CV não evidencia bem a experiência mais relevante para a função.", ["cv_positioning"]),
    ("Não colocou perguntas no fim, o que o júri interpretou como pouco interesse.", ["questions_to_ask"]),
    ("O júri gostou bastante da sua postura e clareza.", []),
    ("Os conhecimentos de cloud ficaram aquém do que procuramos.", ["technical_depth"]),
]
PT["R"]["rej"] = [
    ("Infelizmente, decidimos avançar com outro candidato.", []),
    ("A vaga já foi preenchida.", ["role_filled"]),
    ("Optámos por um perfil mais próximo dos requisitos da função.", ["closer_fit"]),
    ("O recrutamento foi suspenso por restrições orçamentais.", ["budget_freeze"]),
    ("Procuramos alguém com um nível mais sénior, pelo que não iremos prosseguir.", ["level_mismatch"]),
    ("Lamentamos informar que a sua candidatura não foi selecionada.", []),
]
PT["R"]["nofb"] = ["Por política da empresa, não damos feedback individual.",
                   "Lamento, mas não nos é possível partilhar as notas da entrevista."]
PT["R"]["invite"] = ["Gostaríamos de o convidar para uma entrevista final com a direção.",
                     "Passou à fase seguinte! Pode escolher o horário neste link: https://agenda.exemplo/pt",
                     "Tem disponibilidade {when} para uma conversa com a equipa?"]
PT["R"]["offer"] = ["Temos o prazer de lhe apresentar uma proposta para a função de {role}.",
                    "Gostaríamos de lhe fazer uma proposta; segue em anexo."]
PT["thanks_news"] = ["Obrigado pela resposta.", "Agradeço ter-me informado.", "Obrigada pelo retorno, embora não fosse a notícia que esperava."]
PT["open_s"] = ["Espero que esteja bem.", "Bom dia.", "Espero que esteja tudo bem."]
PT["greet_f"] = ["Cara {n},", "Caro {n},", "Exma. Sra. {n},", "Bom dia {n},"]
PT["greet_c"] = ["Olá {n},", "Olá {n}!"]
PT["greet_anon"] = ["Exmos. Senhores,", "Caros,"]
PT["close_f"] = ["Com os melhores cumprimentos,", "Cumprimentos,", "Atentamente,"]
PT["close_c"] = ["Obrigado!", "Beijinhos,", "Abraço,"]
PT["phone_sig"] = ["Enviado do meu iPhone", "Enviado do meu telemóvel"]
PT["slot"] = ["terça às 10h00", "quinta-feira às 15h", "segunda às 9h30"]
PT["first"] = ["Inês", "João", "Mariana", "Tiago", "Beatriz", "Diogo", "Catarina", "Rui", "Sofia", "Nuno"]
PT["last"] = ["Ferreira", "Gonçalves", "Rodrigues", "Martins", "Sousa", "Pinto", "Fonseca", "Teixeira"]
PT["companies"] = ["Tejo Software", "Atlântica Seguros", "Douro Digital", "Farol Energia", "Alfama Labs"]
PT["tld"] = [".pt"]
PT["maildom"] = ["gmail.com", "sapo.pt", "hotmail.com"]
PT["titles"] = ["Técnica de Recursos Humanos", "Recrutador", "Diretor de Engenharia"]
PT["subj"]["fbreq"] = ["Pedido de feedback", "Feedback - candidatura {role}"]
